package dev.handctl.app;

import dev.handctl.action.ActionSink;
import dev.handctl.action.DesktopBounds;
import dev.handctl.output.BackendChoice;
import dev.handctl.output.BackendChooser;
import dev.handctl.output.OutputBackend;
import dev.handctl.output.SessionFacts;
import dev.handctl.shell.InjectedKeys;
import dev.handctl.shell.InputInjectionException;
import dev.handctl.shell.RobotActionSink;
import dev.handctl.shell.portal.DbusPortalClient;
import dev.handctl.shell.portal.PortalActionSink;
import dev.handctl.shell.portal.PortalClient;
import dev.handctl.shell.portal.PortalProbe;
import dev.handctl.shell.portal.PortalSession;
import dev.handctl.shell.portal.RestoreTokenFile;
import dev.handctl.shell.uinput.UinputActionSink;
import dev.handctl.shell.uinput.UinputDevice;
import dev.handctl.shell.wayland.VirtualInputActionSink;
import dev.handctl.shell.wayland.WaylandConnection;
import dev.handctl.shell.wayland.WaylandOutputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Chooses and opens the output backend, apart from the daemon: probes the session
 * ({@link SessionFacts}), asks {@link BackendChooser}, and makes the {@link ActionSink}. A Wayland
 * connection opened to probe is kept for the sink, so the compositor is asked once.
 */
public final class OutputSetup implements AutoCloseable {
  private final SessionFacts facts;
  private final BackendChoice choice;
  private final Map<String, String> env;
  private final Duration portalDialog;
  private WaylandConnection wayland;

  private OutputSetup(SessionFacts facts, BackendChoice choice, Map<String, String> env, Duration portalDialog,
      WaylandConnection wayland) {
    this.facts = facts;
    this.choice = choice;
    this.env = env;
    this.portalDialog = portalDialog;
    this.wayland = wayland;
  }

  /**
   * Returns whether the session is a Wayland one: {@code WAYLAND_DISPLAY} set, or
   * {@code XDG_SESSION_TYPE=wayland}.
   *
   * @param env the environment
   */
  static boolean waylandSession(Map<String, String> env) {
    return env.containsKey("WAYLAND_DISPLAY") || "wayland".equalsIgnoreCase(env.get("XDG_SESSION_TYPE"));
  }

  /**
   * Probes the session and chooses. The session bus is asked for the RemoteDesktop portal when
   * {@code auto} finds a Wayland compositor without the virtual pointer, when the setting names the
   * portal, or when {@code askPortal} says so (doctor).
   *
   * @param setting {@code output.backend}
   * @param portalDialog how long the portal backend waits for the desktop's dialog
   * @param env the environment
   * @param askPortal ask the session bus even in an X11 session
   * @return the setup, its sink not yet made
   */
  public static OutputSetup probe(OutputBackend setting, Duration portalDialog, Map<String, String> env,
      boolean askPortal) {
    WaylandConnection c = null;
    List<String> globals = null;
    String problem = "";
    boolean wayland = waylandSession(env);
    if (wayland) {
      try {
        c = WaylandConnection.connect(env);
        globals = c.globals().stream().map(WaylandConnection.Global::iface).distinct().sorted().toList();
      } catch (IOException | RuntimeException | LinkageError e) {
        problem = e.getMessage();
      }
    }
    boolean uinput = Files.isWritable(Path.of("/dev/uinput"));
    SessionFacts facts = SessionFacts.of(env, globals, problem, uinput);
    // Only when it matters: auto on a Wayland compositor without the virtual pointer (a portal started on
    // demand can be slow), the portal named, or doctor.
    if (askPortal || setting == OutputBackend.PORTAL
        || setting == OutputBackend.AUTO && wayland && !facts.virtualPointer()) {
      PortalProbe.Availability portal = PortalProbe.probe(env);
      facts = facts.withPortal(portal.version(), portal.problem());
    }
    BackendChoice choice = BackendChooser.choose(setting, facts);
    // Kept for the sink (wayland-virtual) or for the size of the desktop (uinput, portal without X11).
    if (choice.backend() != OutputBackend.WAYLAND_VIRTUAL && choice.backend() != OutputBackend.UINPUT
        && choice.backend() != OutputBackend.PORTAL && c != null) {
      c.close();
      c = null;
    }
    return new OutputSetup(facts, choice, Map.copyOf(env), portalDialog, c);
  }

  public SessionFacts facts() {
     return facts;
  }

  public BackendChoice choice() {
     return choice;
  }

  /** Returns whether the chosen backend works without an X11 display (then handctl runs with no tray). */
  boolean needsNoX11Display() {
    return choice.backend() == OutputBackend.WAYLAND_VIRTUAL || choice.backend() == OutputBackend.UINPUT
        || choice.backend() == OutputBackend.PORTAL;
  }

  /**
   * A sink and the desktop it moves over.
   *
   * @param sink the sink
   * @param desktop the desktop's box
   */
  record Opened(ActionSink sink, DesktopBounds desktop) {}

  /**
   * Makes the sink of the chosen backend. Call it after the tray exists (Robot before the tray hangs GTK).
   *
   * @param injected told of injected keys (the X11 hotkey listener)
   * @param x11Desktop the desktop AWT sees, or null without an X11 display
   * @return the sink
   * @throws InputInjectionException when Robot cannot inject (no XTEST)
   * @throws IOException when the chosen backend cannot be opened, or none was chosen
   */
  Opened open(InjectedKeys injected, DesktopBounds x11Desktop) throws InputInjectionException, IOException {
    if (choice.backend() == null) {
      throw new IOException(choice.why());
    }
    switch (choice.backend()) {
      case X11 -> {
        return new Opened(new RobotActionSink(injected), x11Desktop);
      }
      case WAYLAND_VIRTUAL -> {
        DesktopBounds desktop = WaylandOutputs.desktop(wayland);
        if (desktop == null) {
          desktop = x11Desktop != null ? x11Desktop : DesktopBounds.ASSUMED;
        }
        VirtualInputActionSink sink = new VirtualInputActionSink(wayland, desktop);
        wayland = null; // the sink owns the connection now
        return new Opened(sink, desktop);
      }
      case PORTAL -> {
        return openPortal(desktopSize(x11Desktop, "portal"));
      }
      case UINPUT -> {
        DesktopBounds desktop = desktopSize(x11Desktop, "uinput");
        UinputDevice pointer = UinputDevice.open("/dev/uinput");
        try {
          UinputDevice keyboard = UinputDevice.open("/dev/uinput");
          try {
            return new Opened(new UinputActionSink(pointer, keyboard, desktop), desktop);
          } catch (IOException e) {
            keyboard.close();
            throw e;
          }
        } catch (IOException e) {
          pointer.close();
          throw e;
        }
      }
      default -> throw new IOException(choice.backend().setting() + " is not built in this version");
    }
  }

  /** The desktop from X11, else from the Wayland outputs; closes the probe's connection. */
  private DesktopBounds desktopSize(DesktopBounds x11Desktop, String backend) throws IOException {
    DesktopBounds desktop = x11Desktop;
    if (desktop == null && wayland != null) {
      desktop = WaylandOutputs.desktop(wayland);
    }
    close();
    if (desktop == null) {
      throw new IOException(backend + ": the desktop's size is unknown (neither X11 nor Wayland outputs can be read)");
    }
    return desktop;
  }

  /** Returns where the portal's restore token is kept. */
  public RestoreTokenFile restoreTokens() {
    return new RestoreTokenFile(dev.handctl.config.UserFolders.stateDir(env).resolve(RestoreTokenFile.NAME));
  }

  private Opened openPortal(DesktopBounds desktop) throws IOException {
    String address = PortalProbe.busAddress(env);
    if (address == null) {
      throw new IOException("portal: no session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
    }
    DbusPortalClient client = DbusPortalClient.connect(address, portalDialog);
    try {
      PortalSession.Opened session = PortalSession.open(client, restoreTokens());
      return new Opened(new PortalActionSink(client, session.handle(), desktop,
          (session.devices() & PortalClient.KEYBOARD) != 0), desktop);
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  @Override
  public void close() {
    if (wayland != null) {
      wayland.close();
      wayland = null;
    }
  }
}
