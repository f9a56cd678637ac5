package nl.vaardig.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;

/**
 * A clone of an input of the engine's heap directory costs the same whatever the file's size (each terms and
 * postings enum clones its file), and the file reads back byte for byte.
 */
class InMemoryDirectoryTest {

    private static final int FILE_BYTES = 8 << 20;
    private static final int CLONES = 2_000;

    @Test
    void aCloneOfALargeFileAllocatesNoMoreThanAFewHundredBytes() throws IOException {
        byte[] content = new byte[FILE_BYTES];
        new Random(16).nextBytes(content);
        try (ByteBuffersDirectory ours = InMemoryDirectory.create();
             ByteBuffersDirectory lucenesDefault = new ByteBuffersDirectory()) {
            long oursPerClone = bytesPerClone(ours, content);
            long defaultPerClone = bytesPerClone(lucenesDefault, content);
            assertThat(oursPerClone).as("bytes allocated per clone, one buffer").isLessThan(1_000);
            assertThat(defaultPerClone).as("bytes allocated per clone, Lucene's default blocks")
                    .isGreaterThan(4 * oursPerClone);
            try (IndexInput in = ours.openInput("f", IOContext.DEFAULT)) {
                byte[] back = new byte[FILE_BYTES];
                in.clone().readBytes(back, 0, back.length);
                assertThat(back).isEqualTo(content);
            }
        }
    }

    private static long bytesPerClone(ByteBuffersDirectory directory, byte[] content) throws IOException {
        try (IndexOutput out = directory.createOutput("f", IOContext.DEFAULT)) {
            out.writeBytes(content, content.length);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (IndexInput in = directory.openInput("f", IOContext.DEFAULT)) {
            IndexInput[] kept = new IndexInput[CLONES];
            kept[0] = in.clone(); // class loading and the first call's set-up outside the count
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < CLONES; i++) {
                kept[i] = in.clone();
            }
            long after = threads.getCurrentThreadAllocatedBytes();
            assertThat(kept[CLONES - 1].length()).isEqualTo(content.length);
            return (after - before) / CLONES;
        }
    }
}
