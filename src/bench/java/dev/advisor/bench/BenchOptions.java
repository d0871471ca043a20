package dev.advisor.bench;

/** The {@code --name value} arguments of the benchmark programs. */
final class BenchOptions {
    private final String[] args;

    BenchOptions(String[] args) {
        this.args = args;
    }

    String text(String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) return args[i + 1];
        }
        return fallback;
    }

    int number(String name, int fallback) {
        return Integer.parseInt(text(name, String.valueOf(fallback)));
    }
}
