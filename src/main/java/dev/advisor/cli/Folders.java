package dev.advisor.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the rules and questionnaires folders when none is given: in the working directory, else next
 * to the folder holding the jar ({@code target/..}), so the jar works when started from anywhere.
 */
final class Folders {
    private Folders() {
    }

    static Path rules(String given) {
        return find(given, "rules");
    }

    static Path questionnaires(String given) {
        return find(given, "questionnaires");
    }

    private static Path find(String given, String name) {
        if (given != null) return Path.of(given);
        Path here = Path.of(name);
        if (Files.isDirectory(here)) return here;
        Path besideJar = jarFolder().resolve("..").resolve(name).normalize();
        return Files.isDirectory(besideJar) ? besideJar : here;
    }

    private static Path jarFolder() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? location : location.getParent();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of(".");
        }
    }
}
