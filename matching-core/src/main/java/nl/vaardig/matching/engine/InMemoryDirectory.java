package nl.vaardig.matching.engine;

import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The heap directory an engine's index lives in when it has no folder: each file, once written, is read from one
 * buffer. Lucene's default keeps a file as the (up to ~100) blocks it was written in, and every clone or slice of an
 * input — each terms enum, each postings enum, each block of the terms dictionary a look-up loads — duplicates all of
 * the file's blocks (issue 16: those duplicates were 11 % of the app's CPU under load). A file is copied into its
 * one buffer when it is closed; the index holds the same bytes as before.
 */
public final class InMemoryDirectory {

    private InMemoryDirectory() {
    }

    public static ByteBuffersDirectory create() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }
}
