package com.raptorcomply.sync.simulator;

import com.raptorcomply.sync.client.ResourceType;

/**
 * Sizes of the seeded data set and who belongs to whom, as arithmetic on indexes so that nothing is held:
 * facility i may be overseen by a control center, cyber system i belongs to a facility or a control center,
 * cyber asset i to cyber system {@code i % cyberSystems}.
 */
record Layout(int facilities, int controlCenters, int cyberSystems, int cyberAssets) {

    Layout {
        if (facilities < 0 || controlCenters < 0 || cyberSystems < 0 || cyberAssets < 0) {
            throw new IllegalArgumentException("record counts must not be negative");
        }
        if (cyberSystems > 0 && facilities + controlCenters == 0) {
            throw new IllegalArgumentException("cyber systems need at least one facility or control center");
        }
        if (cyberAssets > 0 && cyberSystems == 0) {
            throw new IllegalArgumentException("cyber assets need at least one cyber system");
        }
    }

    int count(ResourceType type) {
        return switch (type) {
            case FACILITY -> facilities;
            case CONTROL_CENTER -> controlCenters;
            case CYBER_SYSTEM -> cyberSystems;
            case CYBER_ASSET -> cyberAssets;
        };
    }

    /** The control center overseeing facility i, or -1 for none (every fourth, and the "nulls" hard case). */
    int controlCenterOfFacility(int facility) {
        if (controlCenters == 0 || facility % 4 == 3 || facility % 20 == HardCases.NULLS) {
            return -1;
        }
        return facility % controlCenters;
    }

    /** True when cyber system i belongs to a control center rather than a facility. */
    boolean systemInControlCenter(int system) {
        return facilities == 0 || (controlCenters > 0 && system % 5 == 4);
    }

    /** Index of the facility or control center owning cyber system i (see {@link #systemInControlCenter}). */
    int ownerOfSystem(int system) {
        return systemInControlCenter(system) ? (system / 5) % controlCenters : system % facilities;
    }

    int systemOfAsset(int asset) {
        return asset % cyberSystems;
    }

    int managedFacilities(int controlCenter) {
        int managed = 0;
        for (int f = 0; f < facilities; f++) {
            managed += controlCenterOfFacility(f) == controlCenter ? 1 : 0;
        }
        return managed;
    }

    int systemsOf(int controlCenter) {
        int systems = 0;
        for (int s = 0; s < cyberSystems; s++) {
            systems += systemInControlCenter(s) && ownerOfSystem(s) == controlCenter ? 1 : 0;
        }
        return systems;
    }

    long assetsOf(int controlCenter) {
        long assets = 0;
        for (int s = 0; s < cyberSystems; s++) {
            if (systemInControlCenter(s) && ownerOfSystem(s) == controlCenter) {
                assets += s < cyberAssets ? (cyberAssets - 1 - s) / cyberSystems + 1 : 0;
            }
        }
        return assets;
    }
}
