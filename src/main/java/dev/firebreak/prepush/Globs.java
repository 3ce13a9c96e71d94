package dev.firebreak.prepush;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** Policy globs over slash-separated names: {@code *} stays within one segment, {@code **} crosses them. */
final class Globs {
    private final List<PathMatcher> matchers;

    Globs(List<String> globs) {
        this.matchers = globs.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
    }

    boolean matches(String name) {
        Path path = Path.of(name);
        return matchers.stream().anyMatch(matcher -> matcher.matches(path));
    }
}
