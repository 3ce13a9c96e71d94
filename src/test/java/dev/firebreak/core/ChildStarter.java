package dev.firebreak.core;

/** A JVM that starts {@code sleep 600} through {@link ChildProcesses}, prints its pid and waits to be killed. */
public final class ChildStarter {
    private ChildStarter() {
    }

    public static void main(String[] args) throws Exception {
        Process sleep = ChildProcesses.start(new ProcessBuilder("sleep", "600"));
        System.out.println(sleep.pid());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
