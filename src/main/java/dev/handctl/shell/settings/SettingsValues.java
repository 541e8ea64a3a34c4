package dev.handctl.shell.settings;

/**
 * What the settings window shows: the settings in use (as the daemon last read them) and where
 * changes go.
 *
 * @param gainPxPerHandSize {@code pointer.gainPxPerHandSize}
 * @param acceleration {@code pointer.acceleration.enabled}
 * @param absolute whether {@code pointer.mode} is {@code absolute}
 * @param minCutoffHz {@code pointer.smoothing.minCutoffHz}
 * @param dwellMillis {@code actions.dwellMillis} (0: off)
 * @param overlay {@code overlay.enabled}
 * @param startAtLogin whether handctl starts at login
 * @param file the settings file changes are written to, or empty when there is none
 * @param problem what is wrong with the files (the previous settings stay in use), or empty
 */
public record SettingsValues(double gainPxPerHandSize, boolean acceleration, boolean absolute, double minCutoffHz,
    long dwellMillis, boolean overlay, boolean startAtLogin, String file, String problem) {}
