package com.raptorcomply.sync.simulator;

import com.raptorcomply.sync.client.Dialect;

/** Small factories for simulators used by the tests. */
final class SimulatorTestSupport {

    private SimulatorTestSupport() {
    }

    static RaptorComplySimulatorBuilder organization(Dialect dialect) {
        return RaptorComplySimulator.builder()
                .seed(42).facilities(25).controlCenters(3).cyberSystems(30).cyberAssets(200)
                .dialect(dialect)
                .key(SimulatorHttp.KEY, KeyState.ACTIVE);
    }

    static RaptorComplySimulator running(Dialect dialect) {
        return organization(dialect).build().start(0);
    }
}
