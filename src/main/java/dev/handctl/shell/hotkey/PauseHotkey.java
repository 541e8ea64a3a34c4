package dev.handctl.shell.hotkey;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeHookException;
import com.github.kwhat.jnativehook.NativeInputEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;
import dev.handctl.action.KeyChord;
import dev.handctl.action.KeyNames;
import dev.handctl.shell.InjectedKeys;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The global pause hotkey, through JNativeHook: it fires wherever the keyboard focus is, even while
 * the pipeline is busy, since it runs on the hook's own thread. Keys that handctl itself injected
 * are ignored ({@link InjectedKeys}).
 *
 * <p>It needs X11 with the RECORD extension on Linux (not Wayland-only sessions), and the hook's
 * native library, which JNativeHook unpacks from its jar unless {@code java.library.path} holds it.
 */
public final class PauseHotkey implements Hotkey {
  private static final Map<String, String> VC_NAMES = Map.ofEntries(
      Map.entry("pageup", "PAGE_UP"), Map.entry("pagedown", "PAGE_DOWN"), Map.entry("backslash", "BACK_SLASH"),
      Map.entry("bracketleft", "OPEN_BRACKET"), Map.entry("bracketright", "CLOSE_BRACKET"));

  private final InjectedKeys injected;
  private final Runnable onHotkey;
  private final NativeKeyListener listener = new NativeKeyListener() {
    @Override
    public void nativeKeyPressed(NativeKeyEvent e) {
      onKey(e);
    }
  };
  private volatile int keyCode;
  private volatile int modifierMask;

  private PauseHotkey(KeyChord chord, InjectedKeys injected, Runnable onHotkey) {
    this.injected = injected;
    this.onHotkey = onHotkey;
    setChord(chord);
  }

  /**
   * Registers the global hook.
   *
   * @param chord the hotkey, such as ctrl+alt+h
   * @param injected the keys handctl presses itself, which must not count
   * @param onHotkey called on the hook's thread when the user presses the hotkey
   * @return the registered hotkey
   * @throws HotkeyUnavailableException when no global hook can be had here (no X display, no
   *     RECORD extension, a Wayland-only session, the native library cannot be loaded); the message
   *     says which
   */
  public static PauseHotkey register(KeyChord chord, InjectedKeys injected, Runnable onHotkey)
      throws HotkeyUnavailableException {
    // Found on java.library.path (an installed copy ships it there), the library is loaded as is;
    // otherwise JNativeHook unpacks it, by default beside its jar, which an installed copy or
    // another user cannot write: unpack it into the user's cache folder instead.
    if (System.getProperty("jnativehook.lib.path") == null) {
      java.nio.file.Path dir = dev.handctl.config.UserFolders.cacheDir().resolve("jnativehook");
      try {
        java.nio.file.Files.createDirectories(dir);
        System.setProperty("jnativehook.lib.path", dir.toString());
      } catch (java.io.IOException e) {
        // JNativeHook then tries beside its jar and says why it failed.
      }
    }
    // JNativeHook logs every key at INFO through java.util.logging; keep only its warnings.
    Logger.getLogger(GlobalScreen.class.getPackage().getName()).setLevel(Level.WARNING);
    Logger.getLogger(GlobalScreen.class.getPackage().getName()).setUseParentHandlers(false);
    PauseHotkey hotkey = new PauseHotkey(chord, injected, onHotkey);
    try {
      GlobalScreen.registerNativeHook();
    } catch (NativeHookException e) {
      throw new HotkeyUnavailableException("the global hotkey is not available: " + e.getMessage()
          + (e.getCode() == 33 ? " (the X server lacks the RECORD extension)" : "")
          + (e.getCode() == 32 ? " (no X11 display; Wayland-only sessions do not allow global hooks)" : ""), e);
    } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
      throw new HotkeyUnavailableException("the global hotkey is not available: its native library could not be"
          + " loaded (" + e + ")", e);
    }
    GlobalScreen.addNativeKeyListener(hotkey.listener);
    return hotkey;
  }

  /**
   * Changes the hotkey (after a settings reload).
   *
   * @param chord the new hotkey
   * @return true: this hotkey took them
   */
  @Override
  public boolean setChord(KeyChord chord) {
    int mods = 0;
    int code = -1;
    for (String k : chord.keys()) {
      switch (k) {
        case "ctrl" -> mods |= NativeInputEvent.CTRL_MASK;
        case "alt" -> mods |= NativeInputEvent.ALT_MASK;
        case "shift" -> mods |= NativeInputEvent.SHIFT_MASK;
        case "meta" -> mods |= NativeInputEvent.META_MASK;
        default -> code = nativeCode(k);
      }
    }
    this.modifierMask = mods;
    this.keyCode = code;
    return true;
  }

  /** Returns JNativeHook's virtual key code of a key name of {@link KeyNames}. */
  static int nativeCode(String key) {
    String field = "VC_" + VC_NAMES.getOrDefault(key, key.toUpperCase(Locale.ROOT));
    try {
      return NativeKeyEvent.class.getField(field).getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("the global hook has no key '" + key + "'", e);
    }
  }

  private void onKey(NativeKeyEvent e) {
    if (e.getKeyCode() != keyCode || injected.recent()) {
      return;
    }
    int all = NativeInputEvent.CTRL_MASK | NativeInputEvent.ALT_MASK | NativeInputEvent.SHIFT_MASK
        | NativeInputEvent.META_MASK;
    int held = 0;
    for (int m : new int[] {NativeInputEvent.CTRL_MASK, NativeInputEvent.ALT_MASK, NativeInputEvent.SHIFT_MASK,
        NativeInputEvent.META_MASK}) {
      if ((e.getModifiers() & m) != 0) {
        held |= m;
      }
    }
    if ((held & all) == modifierMask) {
      onHotkey.run();
    }
  }

  @Override
  public void close() {
    GlobalScreen.removeNativeKeyListener(listener);
    try {
      GlobalScreen.unregisterNativeHook();
    } catch (NativeHookException e) {
      // Shutting down anyway.
    }
  }
}
