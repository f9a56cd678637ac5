package nl.vaardig.matching.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The 16-byte id of a document read back in place, wherever the doc values put it in their buffer. */
class VacancyDocumentsTest {

    @Test
    void anIdReadsBackFromAnyOffsetOfALargerBuffer() {
        UUID id = UUID.fromString("8f14e45f-ceea-467f-a0e6-7a2b3c4d5e6f");
        BytesRef own = VacancyDocuments.uuidBytes(id);
        byte[] wider = new byte[own.length + 7];
        System.arraycopy(own.bytes, own.offset, wider, 3, own.length);
        wider[0] = wider[1] = wider[2] = (byte) 0xFF;
        wider[19] = wider[20] = wider[21] = (byte) 0xFF;
        assertThat(VacancyDocuments.uuid(own)).isEqualTo(id);
        assertThat(VacancyDocuments.uuid(new BytesRef(wider, 3, 16))).isEqualTo(id);
        UUID negative = new UUID(-2L, Long.MIN_VALUE + 5);
        assertThat(VacancyDocuments.uuid(VacancyDocuments.uuidBytes(negative))).isEqualTo(negative);
    }

    @Test
    void aValueOfAnotherLengthIsNotAnId() {
        assertThatThrownBy(() -> VacancyDocuments.uuid(new BytesRef(new byte[15])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 bytes");
    }
}
