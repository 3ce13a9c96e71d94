package dev.firebreak.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one number format of the console, the CLI and the postmortem. */
class NumbersTest {
    @Test
    void countsHaveThousandsSeparators() {
        assertThat(Numbers.count(1247)).isEqualTo("1,247");
        assertThat(Numbers.count(0)).isEqualTo("0");
        assertThat(Numbers.count(1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void oneIsSingularEverythingElsePlural() {
        assertThat(Numbers.of(1, "table")).isEqualTo("1 table");
        assertThat(Numbers.of(2, "table")).isEqualTo("2 tables");
        assertThat(Numbers.of(0, "row")).isEqualTo("0 rows");
        assertThat(Numbers.of(1247, "row")).isEqualTo("1,247 rows");
    }

    @Test
    void sizesInBinaryUnits() {
        assertThat(Numbers.bytes(512)).isEqualTo("512 B");
        assertThat(Numbers.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(Numbers.bytes(3 * 1024 * 1024 + 400 * 1024)).isEqualTo("3.4 MiB");
    }
}
