/**
 * A built-in stand-in for the Raptor Comply API, for tests, {@code demo} and {@code simulate}: a JDK HTTP server on
 * 127.0.0.1 serving a deterministic organization (a pure function of seed, resource and index, generated on
 * demand, so 100,000 assets cost no heap) in either dialect. Only changes are held ({@link
 * com.raptorcomply.sync.simulator.SimulatorStore}); keys and faults can be changed while it runs.
 */
package com.raptorcomply.sync.simulator;
