package dev.firebreak.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, finding 8: a printed command, pasted into a real POSIX shell, passes every word through unchanged. */
class ShellQuoteTest {
    @Test
    void aPastedCommandGivesTheShellExactlyTheWordsFirebreakMeant() throws Exception {
        List<String> words = List.of("undo-restore", "--kept", "shop_before_20261207", "--profile", "it's prod",
                "$HOME `id` $(id) \"x\" \\ ; & | * ~", "postgresql://app@db:5432/shop?sslmode=require&x=1#y", "");

        String pasted = "printf '%s\\n' " + ShellQuote.command(words);
        Process shell = new ProcessBuilder("/bin/sh", "-c", pasted).redirectErrorStream(true).start();
        List<String> received = new ArrayList<>(new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().toList());

        assertThat(shell.waitFor()).isZero();
        assertThat(received).containsExactlyElementsOf(words);
    }

    @Test
    void plainWordsStayAsTypedSoTheUsualCommandReadsNaturally() {
        assertThat(ShellQuote.command(List.of("undo-restore", "--kept", "shop_before_1323", "--profile", "shop")))
                .isEqualTo("undo-restore --kept shop_before_1323 --profile shop");
        assertThat(ShellQuote.quote("it's")).isEqualTo("'it'\\''s'");
    }
}
