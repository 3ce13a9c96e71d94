package dev.firebreak.backup.database;

/** A scratch database an interrupted restore or verify left on the server: its name, size and what it was. */
public record ScratchDatabase(String name, ScratchPurpose purpose, long bytes) {
    public String what() {
        return purpose.leftover();
    }
}
