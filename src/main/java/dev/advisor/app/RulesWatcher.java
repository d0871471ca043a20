package dev.advisor.app;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reloads the advisor's rules when a file under its rules folder changes ({@code serve --watch}).
 * Editors save in bursts (a temporary file, a rename, the file itself), so it waits until the folder
 * has been quiet for {@link #QUIET} and then asks for one reload. Folders created later are watched as
 * they appear. The reload itself is the advisor's: built off this thread, refused whole when broken.
 */
public final class RulesWatcher implements Closeable {
    static final Duration QUIET = Duration.ofMillis(300);

    private final Advisor advisor;
    private final Consumer<RulesReload> onReload;
    private final Consumer<String> onProblem;
    private final WatchService watch;
    private final Thread thread;

    private RulesWatcher(Advisor advisor, Consumer<RulesReload> onReload, Consumer<String> onProblem) throws IOException {
        this.advisor = advisor;
        this.onReload = onReload;
        this.onProblem = onProblem;
        this.watch = FileSystems.getDefault().newWatchService();
        registerTree(advisor.rulesDir());
        this.thread = new Thread(this::run, "rules-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching. {@code onReload} hears every reload's outcome; {@code onProblem} hears what
     * goes wrong with the watching itself (a folder that cannot be watched).
     */
    public static RulesWatcher start(Advisor advisor, Consumer<RulesReload> onReload, Consumer<String> onProblem)
            throws IOException {
        RulesWatcher watcher = new RulesWatcher(advisor, onReload, onProblem);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watch.take();
                handle(key);
                // The burst: keep taking events until the folder has been quiet for a while.
                WatchKey more;
                while ((more = watch.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) handle(more);
                advisor.reloadRules().thenAccept(onReload);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = folder.resolve((Path) event.context());
                if (Files.isDirectory(created)) registerTree(created);
            }
        }
        key.reset();
    }

    private void registerTree(Path root) {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            onProblem.accept("cannot watch " + root + ": " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
