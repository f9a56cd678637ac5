package nl.vaardig.ingest.event;

import java.net.URI;

/** Schemas are versioned by their URI's last path segment: {@code .../vacancy-published/2} is version 2. */
public final class SchemaVersion {

    private SchemaVersion() {
    }

    public static int of(URI dataSchema) {
        String path = dataSchema.getPath();
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("dataschema has no version: " + dataSchema);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        try {
            int version = Integer.parseInt(last);
            if (version < 1) {
                throw new IllegalArgumentException("dataschema version must be ≥ 1: " + dataSchema);
            }
            return version;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("dataschema must end in a version number: " + dataSchema, e);
        }
    }
}
