package dev.firebreak.ui.backups;

/**
 * What was typed into Add database. The password lives in memory only; it is written to ~/.pgpass only when
 * {@code savePassword} (the user ticked it). Empty: the libpq sources (~/.pgpass, PGPASSFILE, PGPASSWORD) are used.
 */
record NewDatabase(String name, String url, char[] password, boolean savePassword) {
    boolean hasPassword() {
        return password.length > 0;
    }

    @Override
    public String toString() {
        return "NewDatabase[" + name + ", " + url + (hasPassword() ? ", a typed password" : "") + "]";
    }
}
