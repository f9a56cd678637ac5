package nl.vaardig.taxonomy.csv;

import java.util.List;

/** Receives accepted records in batches (the batch list is not reused by the loader after the call). */
@FunctionalInterface
public interface BatchSink<R> {
    void accept(List<R> batch);
}
