package com.raptorcomply.sync.simulator;

import java.util.List;

/** SplitMix64, written out so that a seed gives the same data on every JDK. */
final class Rng {

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** The generator for record {@code index} of a resource: a pure function of its three inputs. */
    static Rng forRecord(long seed, int resource, long index) {
        return new Rng(mix(mix(seed ^ 0x5DEECE66DL) + resource * 0x9E3779B97F4A7C15L + index));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    boolean chance(int percent) {
        return nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    String hex(int digits) {
        StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            out.append(Character.forDigit(nextInt(16), 16));
        }
        return out.toString();
    }
}
