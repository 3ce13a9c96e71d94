package dev.firebreak.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A deliberate yes on the terminal: the plan on stderr, then the user types {@code expected} (a database name). */
final class TypedConfirmation {
    private TypedConfirmation() {
    }

    static boolean ask(PrintWriter err, String plan, String expected) throws IOException {
        err.println(plan);
        err.print("Type the database name to continue: ");
        err.flush();
        String typed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return expected.equals(typed == null ? null : typed.trim());
    }
}
