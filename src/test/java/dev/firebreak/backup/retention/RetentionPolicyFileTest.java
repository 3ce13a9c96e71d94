package dev.firebreak.backup.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionPolicyFileTest {
    @TempDir
    Path dir;

    @Test
    void noFileMeansTheDefaults() {
        assertThat(RetentionPolicyFile.load(dir.resolve("retention.json"))).isEqualTo(new RetentionPolicy(30, 7, 4, 12));
    }

    @Test
    void readsEveryFieldAndAMissingOneKeepsItsDefault() throws IOException {
        assertThat(RetentionPolicyFile.load(write("{\"keepAllDays\": 14, \"dailyDays\": 0, \"monthlyMonths\": 36}")))
                .isEqualTo(new RetentionPolicy(14, 0, 4, 36));
    }

    @Test
    void aMisspelledFieldIsAnErrorNotADefault() throws IOException {
        Path file = write("{\"keepAllDay\": 90}");

        assertThatThrownBy(() -> RetentionPolicyFile.load(file)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("unknown field 'keepAllDay'").hasMessageContaining("Nothing was deleted");
    }

    @Test
    void numbersMustBeWholeAndNotNegative() throws IOException {
        Path quoted = write("{\"weeklyWeeks\": \"4\"}");
        assertThatThrownBy(() -> RetentionPolicyFile.load(quoted)).hasMessageContaining("'weeklyWeeks' must be a whole number");
        Path fraction = write("{\"weeklyWeeks\": 4.5}");
        assertThatThrownBy(() -> RetentionPolicyFile.load(fraction)).hasMessageContaining("'weeklyWeeks' must be a whole number");
        Path negative = write("{\"dailyDays\": -1}");
        assertThatThrownBy(() -> RetentionPolicyFile.load(negative)).hasMessageContaining("'dailyDays' must be 0 or more");
    }

    @Test
    void brokenJsonOrAnArraySaysWhichFile() throws IOException {
        Path broken = write("{\"keepAllDays\": 30");
        assertThatThrownBy(() -> RetentionPolicyFile.load(broken)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining(broken + " is not valid JSON");
        Path array = write("[30, 7]");
        assertThatThrownBy(() -> RetentionPolicyFile.load(array)).hasMessageContaining("must be a JSON object");
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("retention.json"), json);
    }
}
