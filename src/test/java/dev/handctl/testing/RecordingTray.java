package dev.handctl.testing;

import dev.handctl.shell.DaemonState;
import dev.handctl.shell.tray.Tray;
import java.util.ArrayList;
import java.util.List;

/** A {@link Tray} that shows nothing and remembers every state it was asked to show, for tests. */
public final class RecordingTray implements Tray {
  /** One {@link #show} call. */
  public record Shown(DaemonState state, boolean dryRun, String detail) {}

  private final List<Shown> shown = new ArrayList<>();

  @Override
  public synchronized void show(DaemonState state, boolean dryRun, String detail) {
    shown.add(new Shown(state, dryRun, detail));
  }

  /** Returns every state shown so far, oldest first. */
  public synchronized List<Shown> shown() {
    return List.copyOf(shown);
  }

  @Override
  public void setCameras(List<String> names, int selected) {}

  @Override
  public void setStartAtLogin(boolean enabled) {}

  @Override
  public void setPreviewShown(boolean shown) {}

  @Override
  public String kind() {
    return "recording";
  }

  @Override
  public void close() {}
}
