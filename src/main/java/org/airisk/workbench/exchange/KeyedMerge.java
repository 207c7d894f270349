package org.airisk.workbench.exchange;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The three-way merge of one kind of keyed values (answers by question, plan items by id, overrides by risk): per
 * key, whatever only one side changed since the base is taken from that side, the same change on both sides is
 * taken once, and different changes on both sides are a conflict, settled by {@code keep}. A value missing on a side
 * is a removal (or was never there).
 */
final class KeyedMerge<V> {
    /** A key both sides changed differently: the two values (either may be null, removed). */
    record Clash<V>(String key, V mine, V theirs) {}

    /** What to do with a clash; null when it is not settled yet. */
    interface Keep<V> {
        Side side(Clash<V> clash);
    }

    /** Which copy a clash keeps. */
    enum Side {
        MINE,
        THEIRS
    }

    private final BiPredicate<V, V> same;

    KeyedMerge(BiPredicate<V, V> same) {
        this.same = same;
    }

    /** The merged values by key (in mine's order, then theirs' new keys); unsettled clashes added to {@code open}. */
    Map<String, V> merge(
            Map<String, V> base, Map<String, V> mine, Map<String, V> theirs, Keep<V> keep, Map<String, Clash<V>> open) {
        Set<String> keys = new LinkedHashSet<>(mine.keySet());
        keys.addAll(theirs.keySet());
        keys.addAll(base.keySet());
        Map<String, V> merged = new LinkedHashMap<>();
        for (String key : keys) {
            V b = base.get(key);
            V m = mine.get(key);
            V t = theirs.get(key);
            V taken;
            if (equal(m, t) || equal(m, b)) {
                taken = t; // the same on both sides, or changed only by them (or not at all)
            } else if (equal(t, b)) {
                taken = m; // changed only here
            } else {
                Clash<V> clash = new Clash<>(key, m, t);
                Side side = keep.side(clash);
                if (side == null) {
                    open.put(key, clash);
                }
                taken = side == Side.MINE ? m : t;
            }
            if (taken != null) {
                merged.put(key, taken);
            }
        }
        return merged;
    }

    private boolean equal(V a, V b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a, b) || same.test(a, b);
    }
}
