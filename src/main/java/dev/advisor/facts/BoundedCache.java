package dev.advisor.facts;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of text, shared by every evaluation. The rules compare the
 * same phrases of a brief thousands of times per evaluation (each need against each benefit), so the
 * words of a phrase are worth computing once. The texts come from the briefs, so the cache is bounded:
 * past {@code capacity} entries it starts over, which costs a few recomputations and never memory.
 */
final class BoundedCache<V> {
    private final int capacity;
    private final Function<String, V> compute;
    private final ConcurrentHashMap<String, V> entries = new ConcurrentHashMap<>();

    BoundedCache(int capacity, Function<String, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    V get(String key) {
        V value = entries.get(key);
        if (value != null) return value;
        value = compute.apply(key);
        if (entries.size() >= capacity) entries.clear();
        entries.put(key, value);
        return value;
    }
}
