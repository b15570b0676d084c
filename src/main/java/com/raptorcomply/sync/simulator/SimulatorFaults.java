package com.raptorcomply.sync.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import com.raptorcomply.sync.client.ResourceType;

/**
 * Trouble to inject into the simulated API, changeable while it runs. Path prefixes match the request path's
 * start ({@code /cyber-assets} also matches {@code /cyber-assets/{id}}); a {@code null} method matches any.
 */
public final class SimulatorFaults {

    private final AtomicReference<RateLimit> rateLimit = new AtomicReference<>();
    private final AtomicLong requestsSeen = new AtomicLong();
    private final AtomicReference<Duration> latency = new AtomicReference<>(Duration.ZERO);
    private final List<Rule> bursts = new CopyOnWriteArrayList<>();
    private final List<Rule> drops = new CopyOnWriteArrayList<>();
    private final List<Rule> truncations = new CopyOnWriteArrayList<>();
    private final List<Stall> stalls = new CopyOnWriteArrayList<>();
    private final List<Rule> delays = new CopyOnWriteArrayList<>();
    private final List<Rule> garbage = new CopyOnWriteArrayList<>();
    private final AtomicInteger postsThenFail = new AtomicInteger();
    private final List<Action> actions = new CopyOnWriteArrayList<>();

    SimulatorFaults() {
    }

    /** Every {@code n}-th authenticated request from now on gets 429, with {@code Retry-After} when given. */
    public SimulatorFaults rateLimitEvery(int n, Integer retryAfterSeconds) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        requestsSeen.set(0);
        rateLimit.set(new RateLimit(n, retryAfterSeconds));
        return this;
    }

    /** The next {@code count} matching requests are answered with {@code status} (e.g. 500, 502, 503, 504). */
    public SimulatorFaults failBurst(String method, String pathPrefix, int status, int count) {
        bursts.add(new Rule(method, pathPrefix, status, count));
        return this;
    }

    /** The next {@code count} GETs of the list itself (not of single records) are answered with {@code status}. */
    public SimulatorFaults failListBurst(ResourceType type, int status, int count) {
        bursts.add(new Rule("GET", type.path(), status, count, true));
        return this;
    }

    /** A delay before every answer. */
    public SimulatorFaults latency(Duration delay) {
        latency.set(delay == null ? Duration.ZERO : delay);
        return this;
    }

    /** A delay before the answer to every matching request, e.g. to make a client's read time out. */
    public SimulatorFaults delay(String method, String pathPrefix, Duration delay) {
        delays.add(new Rule(method, pathPrefix, delay.toMillis(), Integer.MAX_VALUE));
        return this;
    }

    /** The next {@code count} lists under the prefix break off after {@code afterElements} elements. */
    public SimulatorFaults dropMidBody(String pathPrefix, int afterElements, int count) {
        drops.add(new Rule("GET", pathPrefix, afterElements, count));
        return this;
    }

    /**
     * The next {@code count} lists under the prefix announce a {@code Content-Length} longer than what they send:
     * {@code afterElements} elements, then the connection closes.
     */
    public SimulatorFaults truncateBody(String pathPrefix, int afterElements, int count) {
        truncations.add(new Rule("GET", pathPrefix, afterElements, count));
        return this;
    }

    /**
     * The next {@code count} lists under the prefix pause for {@code pause} after {@code afterElements} elements,
     * then go on: with a pause longer than the client's read timeout, a response slower than the read timeout
     * in the middle of a list.
     */
    public SimulatorFaults stallMidList(String pathPrefix, int afterElements, Duration pause, int count) {
        stalls.add(new Stall(new Rule("GET", pathPrefix, afterElements, count), pause));
        return this;
    }

    /**
     * The next {@code count} GETs under the prefix are answered 200 with an HTML page instead of JSON, as when a
     * proxy or maintenance page stands in front of the API.
     */
    public SimulatorFaults htmlInsteadOfJson(String pathPrefix, int count) {
        garbage.add(new Rule("GET", pathPrefix, 0, count));
        return this;
    }

    /** The next {@code count} POSTs create their asset but are answered with 500, as after a lost response. */
    public SimulatorFaults applyPostThenFail(int count) {
        postsThenFail.addAndGet(count);
        return this;
    }

    /**
     * Runs {@code action} once, when the next matching request arrives, before it is authenticated: to revoke a key
     * or change data at an exact point of a client's run instead of racing the client from another thread.
     */
    public SimulatorFaults onNextRequest(String method, String pathPrefix, Runnable action) {
        actions.add(new Action(new Rule(method, pathPrefix, 0, 1), action));
        return this;
    }

    /** Back to a well-behaved API. */
    public void clear() {
        rateLimit.set(null);
        latency.set(Duration.ZERO);
        bursts.clear();
        drops.clear();
        truncations.clear();
        stalls.clear();
        delays.clear();
        garbage.clear();
        postsThenFail.set(0);
        actions.clear();
    }

    void runActions(String method, String path) {
        for (Action action : actions) {
            if (action.rule().matches(method, path) && action.rule().take()) {
                action.run().run();
            }
        }
        actions.removeIf(action -> action.rule().spent());
    }

    Duration delayFor(String method, String path) {
        Duration total = latency.get();
        for (Rule rule : delays) {
            if (rule.matches(method, path)) {
                total = total.plusMillis(rule.value);
            }
        }
        return total;
    }

    /** Counts the request against the rate limit; the limit when this one is over it. */
    Optional<RateLimit> rateLimited() {
        RateLimit limit = rateLimit.get();
        if (limit == null || requestsSeen.incrementAndGet() % limit.every() != 0) {
            return Optional.empty();
        }
        return Optional.of(limit);
    }

    /** The status of a failure burst this request falls into, if any. */
    Optional<Integer> burstStatus(String method, String path) {
        return take(bursts, method, path).map(rule -> (int) rule.value);
    }

    /** How this list must go wrong, if at all: a drop, then a truncation, then a stall. */
    Optional<ListCut> listCut(String path) {
        Optional<ListCut> cut = take(drops, "GET", path).map(rule -> ListCut.drop((int) rule.value));
        if (cut.isEmpty()) {
            cut = take(truncations, "GET", path)
                    .map(rule -> new ListCut(ListCut.Kind.TRUNCATE, (int) rule.value, Duration.ZERO));
        }
        if (cut.isEmpty()) {
            stalls.removeIf(stall -> stall.rule().spent());
            for (Stall stall : stalls) {
                if (stall.rule().matches("GET", path) && stall.rule().take()) {
                    return Optional.of(new ListCut(ListCut.Kind.STALL, (int) stall.rule().value, stall.pause()));
                }
            }
        }
        return cut;
    }

    boolean takeHtmlInsteadOfJson(String method, String path) {
        return take(garbage, method, path).isPresent();
    }

    boolean takePostThenFail() {
        return postsThenFail.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    private static Optional<Rule> take(List<Rule> rules, String method, String path) {
        for (Rule rule : rules) {
            if (rule.matches(method, path) && rule.take()) {
                return Optional.of(rule);
            }
        }
        rules.removeIf(Rule::spent);
        return Optional.empty();
    }

    record RateLimit(int every, Integer retryAfterSeconds) {
    }

    private record Action(Rule rule, Runnable run) {
    }

    private record Stall(Rule rule, Duration pause) {
    }

    private static final class Rule {
        private final String method;
        private final String pathPrefix;
        private final long value;
        private final AtomicInteger remaining;
        private final boolean exact;

        Rule(String method, String pathPrefix, long value, int count) {
            this(method, pathPrefix, value, count, false);
        }

        Rule(String method, String pathPrefix, long value, int count, boolean exact) {
            this.exact = exact;
            this.method = method;
            this.pathPrefix = pathPrefix == null ? "/" : pathPrefix;
            this.value = value;
            this.remaining = new AtomicInteger(count);
        }

        boolean matches(String requestMethod, String path) {
            boolean pathMatches = exact ? path.equals(pathPrefix) : path.startsWith(pathPrefix);
            return (method == null || method.equalsIgnoreCase(requestMethod)) && pathMatches;
        }

        boolean take() {
            return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
        }

        boolean spent() {
            return remaining.get() == 0;
        }
    }
}
