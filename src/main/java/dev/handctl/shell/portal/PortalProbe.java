package dev.handctl.shell.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the session bus has the RemoteDesktop portal, and its version: what {@code handctl doctor}
 * prints and {@code output.backend: auto} chooses by. Bounded in time: a portal that is slow to start
 * (its backends are started on first use) counts as absent rather than holding up handctl's start.
 */
public final class PortalProbe {
  /** How long the probe waits for the portal (xdg-desktop-portal starts on demand, usually well under 1 s). */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

  private PortalProbe() {}

  /**
   * What the probe found.
   *
   * @param version the RemoteDesktop interface's version, 0 when it is not there
   * @param problem why not ("" when it is)
   */
  public record Availability(int version, String problem) {
    /** Returns whether the portal is there. */
    public boolean available() {
      return version > 0;
    }
  }

  /**
   * Returns the session bus address the portal is reached at: {@code DBUS_SESSION_BUS_ADDRESS}, else
   * {@code $XDG_RUNTIME_DIR/bus} when that socket exists.
   *
   * @param env the environment
   * @return the address, or null when there is no session bus to name
   */
  public static String busAddress(Map<String, String> env) {
    String a = env.get("DBUS_SESSION_BUS_ADDRESS");
    if (a != null && !a.isBlank()) {
      for (String part : a.split(";")) {
        if (part.startsWith("unix:path=")) {
          return part;
        }
      }
      return a.split(";")[0];
    }
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"))) {
      return "unix:path=" + Path.of(runtime, "bus");
    }
    return null;
  }

  /**
   * Asks the session bus.
   *
   * @param env the environment
   * @return what was found
   */
  public static Availability probe(Map<String, String> env) {
    String address = busAddress(env);
    if (address == null) {
      return new Availability(0, "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
    }
    if (address.startsWith("unix:abstract=")) {
      return new Availability(0, "the session bus is an abstract socket (" + address + "), which handctl's D-Bus"
          + " transport cannot reach; desktops started by systemd use unix:path=");
    }
    CompletableFuture<Availability> ask = CompletableFuture.supplyAsync(() -> {
      try (DbusPortalClient c = DbusPortalClient.connect(address, PROBE_TIMEOUT)) {
        return new Availability(c.version(), "");
      } catch (java.io.IOException | RuntimeException e) {
        return new Availability(0, e.getMessage());
      }
    });
    try {
      return ask.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      ask.cancel(true);
      return new Availability(0, "the portal did not answer within " + PROBE_TIMEOUT.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Availability(0, "interrupted");
    } catch (ExecutionException e) {
      return new Availability(0, e.getCause().getMessage());
    }
  }
}
