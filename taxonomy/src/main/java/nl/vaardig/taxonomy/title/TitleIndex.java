package nl.vaardig.taxonomy.title;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import nl.vaardig.taxonomy.snapshot.LuceneFiles;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Version;

/**
 * The job title index: every label analysed once ({@link JobTitleMatcher.Entry}: its terms in the Lucene index, its
 * stems in the entry) — the costly part of the title matcher's build, and so what {@link EngineSnapshots} keeps between
 * starts ({@link #CODEC}: the Lucene files and {@code entries.bin}; {@link #key}: its inputs, format and versions).
 */
record TitleIndex(ByteBuffersDirectory directory, List<JobTitleMatcher.Entry> entries) {

    /** Bumped whenever the layout of the snapshot changes. */
    static final int FORMAT = 1;
    private static final String INDEX = "index";
    private static final String ENTRIES = "entries.bin";
    private static final LabelSource[] SOURCES = LabelSource.values();

    TitleIndex {
        Objects.requireNonNull(directory, "directory");
        entries = List.copyOf(entries);
    }

    /** One label to index, in index order ({@link JobTitleMatcher#inputs}). */
    record Input(int occupation, String label, String folded, boolean dutch, LabelSource source, double weight) {
        Input {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(folded, "folded");
            Objects.requireNonNull(source, "source");
        }
    }

    static TitleIndex build(List<Input> inputs) {
        var entries = new ArrayList<JobTitleMatcher.Entry>();
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setRAMBufferSizeMB(64))) {
            for (Input input : inputs) {
                JobTitleMatcher.add(writer, entries, input);
            }
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("building the job title index", e);
        }
        return new TitleIndex(directory, entries);
    }

    /** SHA-256 of the format, the Lucene and code versions and every input. */
    static String key(EngineSnapshots snapshots, int occupations, List<Input> inputs) {
        return snapshots.key(out -> {
            out.writeUTF("vaardig title index");
            out.writeInt(FORMAT);
            out.writeUTF(Version.LATEST.toString());
            out.writeInt(occupations);
            out.writeInt(inputs.size());
            for (Input input : inputs) {
                out.writeInt(input.occupation());
                EngineSnapshots.writeString(out, input.label());
                EngineSnapshots.writeString(out, input.folded());
                out.writeBoolean(input.dutch());
                out.writeUTF(input.source().name());
                out.writeDouble(input.weight());
            }
        });
    }

    static final EngineSnapshots.Codec<TitleIndex> CODEC = new EngineSnapshots.Codec<>() {
        @Override
        public SortedMap<String, byte[]> write(TitleIndex index) throws IOException {
            TreeMap<String, byte[]> files = new TreeMap<>();
            LuceneFiles.put(files, INDEX, index.directory());
            files.put(ENTRIES, writeEntries(index.entries()));
            return files;
        }

        @Override
        public TitleIndex read(Map<String, byte[]> files) throws IOException {
            byte[] entries = files.get(ENTRIES);
            if (entries == null) {
                throw new IOException("the manifest lists no " + ENTRIES);
            }
            return new TitleIndex(LuceneFiles.read(files, INDEX, new ByteBuffersDirectory()), readEntries(entries));
        }
    };

    /** A string table, then per entry its fields with indexes into the table; stems in their (sorted) order. */
    static byte[] writeEntries(List<JobTitleMatcher.Entry> entries) throws IOException {
        var strings = new StringTable();
        for (JobTitleMatcher.Entry e : entries) {
            strings.add(e.label());
            strings.add(e.folded());
            e.stems().forEach(strings::add);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(strings.list.size());
            for (String s : strings.list) {
                EngineSnapshots.writeString(out, s);
            }
            out.writeInt(entries.size());
            for (JobTitleMatcher.Entry e : entries) {
                out.writeInt(e.occupation());
                out.writeInt(strings.index(e.label()));
                out.writeInt(strings.index(e.folded()));
                out.writeBoolean(e.dutch());
                out.writeByte(e.source().ordinal());
                out.writeLong(Double.doubleToRawLongBits(e.weight()));
                out.writeInt(e.stems().size());
                for (String stem : e.stems()) {
                    out.writeInt(strings.index(stem));
                }
            }
        }
        return bytes.toByteArray();
    }

    static List<JobTitleMatcher.Entry> readEntries(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                throw new IOException(ENTRIES + " has another format");
            }
            String[] strings = new String[count(in, bytes.length)];
            for (int i = 0; i < strings.length; i++) {
                byte[] utf8 = new byte[count(in, bytes.length)];
                in.readFully(utf8);
                strings[i] = new String(utf8, StandardCharsets.UTF_8);
            }
            int size = count(in, bytes.length);
            var entries = new ArrayList<JobTitleMatcher.Entry>(size);
            for (int i = 0; i < size; i++) {
                int occupation = in.readInt();
                String label = string(strings, in.readInt());
                String folded = string(strings, in.readInt());
                boolean dutch = in.readBoolean();
                int source = in.readUnsignedByte();
                if (source >= SOURCES.length) {
                    throw new IOException(ENTRIES + " names an unknown label source " + source);
                }
                double weight = Double.longBitsToDouble(in.readLong());
                var stems = new TreeSet<String>();
                for (int s = count(in, bytes.length); s > 0; s--) {
                    stems.add(string(strings, in.readInt()));
                }
                entries.add(new JobTitleMatcher.Entry(occupation, label, folded, dutch, SOURCES[source], weight, stems));
            }
            if (in.available() > 0) {
                throw new IOException(ENTRIES + " has " + in.available() + " bytes after its last entry");
            }
            return entries;
        }
    }

    private static int count(DataInputStream in, int limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) {
            throw new IOException(ENTRIES + " names a count of " + n + " in " + limit + " bytes");
        }
        return n;
    }

    private static String string(String[] strings, int index) throws IOException {
        if (index < 0 || index >= strings.length) {
            throw new IOException(ENTRIES + " names string " + index + " of " + strings.length);
        }
        return strings[index];
    }

    private static final class StringTable {
        private final List<String> list = new ArrayList<>();
        private final Map<String, Integer> index = new java.util.HashMap<>();

        void add(String s) {
            index.computeIfAbsent(s, k -> {
                list.add(k);
                return list.size() - 1;
            });
        }

        int index(String s) {
            return index.get(s);
        }
    }
}
