package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void migrationsSortTheWayTheyRun() {
        List<String> names = new ArrayList<>(List.of("V10__c.sql", "V2__b.sql", "V1__a.sql", "20240110_x.rb", "9_y.rb", "R__view.sql"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("9_y.rb", "20240110_x.rb", "R__view.sql", "V1__a.sql", "V2__b.sql", "V10__c.sql");
    }
}
