package org.sitrep.model;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Supplier;

/**
 * An unmodifiable, non-empty list computed when first read, then kept. The NLP stage gives each
 * sentence its dependency parse in this form: the extractors read the parses of about two thirds
 * of the sentences (those with an event word, a quote or a named country), and parsing is a third
 * of the NLP stage's time (issue 7). Records are the same as with every sentence parsed up front;
 * what is saved is the parses no extractor reads.
 *
 * <p>{@link #isEmpty()} answers without computing: the supplier promises at least one element
 * (a parse has its root), and a supplier that breaks the promise fails when first read.
 * Thread-safe: the supplier runs once, whichever thread reads first.
 */
public final class DeferredList<T> extends AbstractList<T> implements RandomAccess {

    private Supplier<List<T>> supplier;
    private volatile List<T> value;

    public DeferredList(Supplier<List<T>> supplier) {
        this.supplier = supplier;
    }

    @Override
    public T get(int index) {
        return value().get(index);
    }

    @Override
    public int size() {
        return value().size();
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    // The extractors walk parses often: straight over the computed list, not index by index through this one.
    @Override
    public Iterator<T> iterator() {
        return value().iterator();
    }

    @Override
    public Spliterator<T> spliterator() {
        return value().spliterator();
    }

    /** Whether the list has been computed yet. */
    public boolean computed() {
        return value != null;
    }

    private List<T> value() {
        List<T> v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = List.copyOf(supplier.get());
                    if (v.isEmpty()) {
                        throw new IllegalStateException("a deferred list's supplier returned no element");
                    }
                    value = v;
                    supplier = null;
                }
            }
        }
        return v;
    }
}
