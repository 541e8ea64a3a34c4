package dev.handctl.shell.portal;

import dev.handctl.shell.portal.PortalBusInterfaces.Request;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The portal's request pattern on one connection: each call carries a {@code handle_token}, returns
 * the path of a Request object, and the answer arrives later as that object's {@code Response}
 * signal. The handler for every Response is installed before the first call and answers are matched
 * by path, the predicted one ({@code /org/freedesktop/portal/desktop/request/SENDER/TOKEN}) or the
 * one the call returned, so an answer that comes before the call returns is not lost.
 */
final class PortalRequests {
  private static final String REQUEST_PREFIX = PortalBusInterfaces.OBJECT_PATH + "/request/";

  private final DBusConnection bus;
  private final Duration timeout;
  private final String timeoutSetting;
  private final String sender;
  private final Map<String, CompletableFuture<PortalResponse>> pending = new ConcurrentHashMap<>();

  /**
   * Listens for answers on a connection.
   *
   * @param bus the connection
   * @param timeout how long to wait for an answer (a dialog included)
   * @param timeoutSetting the setting that sets it, for the message when it runs out
   * @throws DBusException when the handler cannot be installed
   */
  PortalRequests(DBusConnection bus, Duration timeout, String timeoutSetting) throws DBusException {
    this.bus = bus;
    this.timeout = timeout;
    this.timeoutSetting = timeoutSetting;
    this.sender = bus.getUniqueName().replaceFirst("^:", "").replace('.', '_');
    bus.addSigHandler(Request.Response.class, s -> answer(s.getPath(), new PortalResponse((int) s.code(),
        plain(s.results()))));
  }

  private void answer(String path, PortalResponse r) {
    if (path.startsWith(REQUEST_PREFIX)) {
      pending.computeIfAbsent(path, p -> new CompletableFuture<>()).complete(r);
    }
  }

  /** Returns D-Bus values as plain Java ones (unsigned as {@code Long}, paths as strings). */
  static Map<String, Object> plain(Map<String, Variant<?>> results) {
    Map<String, Object> out = new HashMap<>();
    if (results != null) {
      results.forEach((k, v) -> {
        Object value = v.getValue();
        out.put(k, value instanceof UInt32 u ? (Object) u.longValue() : value instanceof DBusPath p ? p.getPath()
            : value);
      });
    }
    return out;
  }

  /**
   * Makes a request and waits for its answer.
   *
   * @param token the handle_token the call carries
   * @param what the method, for messages
   * @param call the call; returns the Request's path
   * @return the answer
   * @throws IOException when the call is rejected or no answer comes in time
   */
  PortalResponse request(String token, String what, Supplier<DBusPath> call) throws IOException {
    String expected = REQUEST_PREFIX + sender + "/" + token;
    CompletableFuture<PortalResponse> answer = pending.computeIfAbsent(expected, p -> new CompletableFuture<>());
    String path = expected;
    try {
      DBusPath returned = call.get();
      if (returned != null && !returned.getPath().equals(expected)) {
        pending.remove(expected);
        path = returned.getPath();
        answer = pending.computeIfAbsent(path, p -> new CompletableFuture<>());
      }
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (DBusExecutionException e) {
      throw new IOException("the portal rejected " + what + ": " + e.getMessage(), e);
    } catch (TimeoutException e) {
      closeRequest(path);
      throw new IOException("the desktop did not answer " + what + " within " + timeout.toSeconds() + " s ("
          + timeoutSetting + "); was its dialog left open?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the desktop's answer to " + what);
    } catch (ExecutionException e) {
      throw new IOException(what + ": " + e.getCause().getMessage(), e.getCause());
    } finally {
      pending.remove(path);
    }
  }

  private void closeRequest(String path) {
    try {
      bus.getRemoteObject(PortalBusInterfaces.BUS_NAME, path, Request.class).closeRequest();
    } catch (DBusException | DBusExecutionException e) {
      // Gone already.
    }
  }
}
