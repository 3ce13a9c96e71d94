package dev.firebreak.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {
    private static List<Finding> analyze(RuleSettings settings, String sql) {
        return new MigrationAnalyzer(settings).analyze(List.of(new SourceFile("m.sql", sql))).findings();
    }

    @Test
    void severitiesCanBeRaisedLoweredAndTurnedOff() {
        RuleSettings settings = RuleSettings.fromPolicy(Map.of("drop-table", "warning", "rename-column", "off",
                "create-index-not-concurrently", "error"));
        assertThat(analyze(settings, "DROP TABLE a; ALTER TABLE b RENAME x TO y; CREATE INDEX ON c (x);"))
                .extracting(Finding::rule, Finding::severity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("drop-table", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("create-index-not-concurrently", Severity.ERROR));
    }

    @Test
    void aDowngradedErrorNoLongerFails() {
        assertThat(new MigrationAnalyzer(RuleSettings.fromPolicy(Map.of("truncate", "info")))
                .analyze(List.of(new SourceFile("m.sql", "TRUNCATE t;"))).hasErrors()).isFalse();
    }

    @Test
    void unknownRulesAndSeveritiesAreNamed() {
        assertThatThrownBy(() -> RuleSettings.fromPolicy(Map.of("drop-tabel", "error")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("unknown rule 'drop-tabel'");
        assertThatThrownBy(() -> RuleSettings.fromPolicy(Map.of("drop-table", "fatal")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("'fatal'");
    }
}
