package io.amlargs.runtime.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a process and every process it started.
 *
 * <p>The descendants are listed before anything is stopped, because a child whose parent has exited
 * is adopted by another process and can no longer be found from the parent. Each process first gets a
 * normal termination request (SIGTERM on Unix) so it can clean up, and is killed when it is still
 * alive after the grace period.
 */
final class ProcessTree {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessTree.class);

    private ProcessTree() {
    }

    static void stop(ProcessHandle root, Duration gracePeriod) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);

        tree.forEach(ProcessHandle::destroy);
        if (awaitExit(tree, gracePeriod)) {
            return;
        }

        // A process may have started children between the listing and the termination request. The
        // set lists each process once, because the second listing repeats those still running.
        Set<ProcessHandle> remaining = new LinkedHashSet<>(tree);
        remaining.addAll(root.descendants().toList());
        for (ProcessHandle process : remaining) {
            if (process.isAlive()) {
                LOG.warn("Process {} still runs {} ms after the termination request, so it is killed",
                        process.pid(), gracePeriod.toMillis());
                process.destroyForcibly();
            }
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration gracePeriod) {
        CompletableFuture<?>[] exits = processes.stream()
                .map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(gracePeriod.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for processes to exit failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
