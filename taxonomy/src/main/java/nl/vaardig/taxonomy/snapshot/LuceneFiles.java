package nl.vaardig.taxonomy.snapshot;

import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/** An in-memory Lucene index as snapshot files under a folder name ({@link EngineSnapshots.Codec}), and back. */
public final class LuceneFiles {

    private LuceneFiles() {
    }

    /** Adds every file of {@code index} to {@code files} as {@code folder/<file>}. */
    public static void put(SortedMap<String, byte[]> files, String folder, ByteBuffersDirectory index)
            throws IOException {
        for (String file : index.listAll()) {
            try (IndexInput in = index.openInput(file, IOContext.READONCE)) {
                byte[] bytes = new byte[Math.toIntExact(in.length())];
                in.readBytes(bytes, 0, bytes.length);
                files.put(folder + "/" + file, bytes);
            }
        }
    }

    /** Copies the files under {@code folder/} into {@code index}; throws when there are none. */
    public static ByteBuffersDirectory read(Map<String, byte[]> files, String folder, ByteBuffersDirectory index)
            throws IOException {
        String prefix = folder + "/";
        int count = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().startsWith(prefix)) {
                try (IndexOutput out = index.createOutput(file.getKey().substring(prefix.length()), IOContext.DEFAULT)) {
                    out.writeBytes(file.getValue(), file.getValue().length);
                }
                count++;
            }
        }
        if (count == 0) {
            throw new IOException("the snapshot has no index files");
        }
        return index;
    }
}
