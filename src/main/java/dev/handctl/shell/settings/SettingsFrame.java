package dev.handctl.shell.settings;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The Swing settings window. Each control shows the setting the daemon last read; moving one
 * (a slider once let go) asks {@link SettingsEdits} to write it, and the daemon's reload comes back
 * through {@link #update}, which sets the controls without writing anything. Closing only hides it.
 */
public final class SettingsFrame implements Settings {
  /** Slider ends; a file may hold values beyond them, which are shown as written and kept until moved. */
  static final int GAIN_MIN = 200;
  static final int GAIN_MAX = 5000;
  static final int CUTOFF_TENTHS_MIN = 1;
  static final int CUTOFF_TENTHS_MAX = 100;
  static final int DWELL_MAX_MILLIS = 3000;

  private final SettingsEdits edits;
  private final JFrame frame = new JFrame("handctl settings");
  private final JSlider gain = new JSlider(GAIN_MIN, GAIN_MAX, 1200);
  private final JLabel gainText = new JLabel();
  private final JCheckBox acceleration = new JCheckBox("faster moves go further (acceleration)");
  private final JRadioButton relative = new JRadioButton("relative (like a touchpad)");
  private final JRadioButton absolute = new JRadioButton("absolute (the picture maps onto the screen)");
  private final JSlider cutoff = new JSlider(CUTOFF_TENTHS_MIN, CUTOFF_TENTHS_MAX, 25);
  private final JLabel cutoffText = new JLabel();
  private final JSlider dwell = new JSlider(0, DWELL_MAX_MILLIS, 0);
  private final JLabel dwellText = new JLabel();
  private final JCheckBox overlay = new JCheckBox("ring at the pointer (applies at the next start)");
  private final JCheckBox login = new JCheckBox("start handctl when I log in");
  private final JLabel file = new JLabel();
  private final JLabel problem = new JLabel();
  /** True while {@link #update} sets the controls: their listeners then write nothing. */
  private boolean updating;
  private SettingsValues shown;

  private SettingsFrame(SettingsEdits edits) {
    this.edits = edits;
    JPanel p = new JPanel(new GridBagLayout());
    p.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
    int row = 0;
    gain.setMajorTickSpacing(800);
    gain.setPaintTicks(true);
    row = add(p, row, "Pointer speed", gain, gainText);
    row = add(p, row, "", acceleration, null);
    ButtonGroup modes = new ButtonGroup();
    modes.add(relative);
    modes.add(absolute);
    row = add(p, row, "Pointer mode", relative, null);
    row = add(p, row, "", absolute, null);
    row = add(p, row, "Smoothing", cutoff, cutoffText);
    row = add(p, row, "Dwell click", dwell, dwellText);
    row = add(p, row, "Overlay", overlay, null);
    row = add(p, row, "Start at login", login, null);
    row = add(p, row, "Writes to", file, null);
    add(p, row, "", problem, null);
    cutoff.setToolTipText("Lower holds a still hand steadier but lags; higher follows quicker");
    gain.setToolTipText("Desktop pixels per hand size of travel, before acceleration");
    dwell.setToolTipText("Resting the pointer this long clicks there; 0 turns it off");

    gain.addChangeListener(e -> {
      gainText.setText(gain.getValue() + " px per hand size");
      if (released(gain)) {
        edits.set("pointer.gainPxPerHandSize", (long) gain.getValue());
      }
    });
    cutoff.addChangeListener(e -> {
      cutoffText.setText(hz(cutoff.getValue() / 10.0));
      if (released(cutoff)) {
        edits.set("pointer.smoothing.minCutoffHz", cutoff.getValue() / 10.0);
      }
    });
    dwell.addChangeListener(e -> {
      int rounded = Math.round(dwell.getValue() / 100f) * 100;
      dwellText.setText(dwellWords(rounded));
      if (released(dwell)) {
        edits.set("actions.dwellMillis", (long) rounded);
      }
    });
    acceleration.addActionListener(e -> edits.set("pointer.acceleration.enabled", acceleration.isSelected()));
    relative.addActionListener(e -> edits.set("pointer.mode", "relative"));
    absolute.addActionListener(e -> edits.set("pointer.mode", "absolute"));
    overlay.addActionListener(e -> edits.set("overlay.enabled", overlay.isSelected()));
    login.addActionListener(e -> edits.setStartAtLogin(login.isSelected()));

    frame.setContentPane(p);
    frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    frame.pack();
    frame.setLocationByPlatform(true);
  }

  /**
   * Makes the window, hidden.
   *
   * @param edits what its controls ask for
   * @return the window
   * @throws Exception when this display cannot have one (headless, no X server)
   */
  public static SettingsFrame open(SettingsEdits edits) throws Exception {
    if (java.awt.GraphicsEnvironment.isHeadless()) {
      throw new java.awt.HeadlessException("no display for the settings window");
    }
    SettingsFrame[] made = new SettingsFrame[1];
    SwingUtilities.invokeAndWait(() -> made[0] = new SettingsFrame(edits));
    return made[0];
  }

  private boolean released(JSlider s) {
    return !updating && !s.getValueIsAdjusting();
  }

  private static int add(JPanel p, int row, String label, JComponent control, JComponent value) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = row;
    c.insets = new Insets(3, 4, 3, 4);
    c.anchor = GridBagConstraints.WEST;
    c.gridx = 0;
    p.add(new JLabel(label), c);
    c.gridx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    c.gridwidth = value == null ? 2 : 1;
    p.add(control, c);
    if (value != null) {
      c.gridx = 2;
      c.weightx = 0;
      c.fill = GridBagConstraints.NONE;
      p.add(value, c);
    }
    return row + 1;
  }

  static String hz(double hz) {
    return String.format(Locale.ROOT, "%.1f Hz (lower: steadier, slower)", hz);
  }

  static String dwellWords(long millis) {
    return millis <= 0 ? "off" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  @Override
  public boolean canShow() {
    return true;
  }

  @Override
  public void show() {
    SwingUtilities.invokeLater(() -> {
      frame.setVisible(true);
      frame.setState(java.awt.Frame.NORMAL);
      frame.toFront();
    });
  }

  @Override
  public void update(SettingsValues values) {
    SwingUtilities.invokeLater(() -> apply(values));
  }

  private void apply(SettingsValues v) {
    if (v.equals(shown)) {
      return;
    }
    shown = v;
    updating = true;
    try {
      gain.setValue((int) Math.round(v.gainPxPerHandSize()));
      gainText.setText(Math.round(v.gainPxPerHandSize()) + " px per hand size");
      acceleration.setSelected(v.acceleration());
      (v.absolute() ? absolute : relative).setSelected(true);
      cutoff.setValue((int) Math.round(v.minCutoffHz() * 10));
      cutoffText.setText(hz(v.minCutoffHz()));
      dwell.setValue((int) Math.min(Integer.MAX_VALUE, v.dwellMillis()));
      dwellText.setText(dwellWords(v.dwellMillis()));
      overlay.setSelected(v.overlay());
      login.setSelected(v.startAtLogin());
      file.setText(v.file().isEmpty() ? "no settings file: changes cannot be saved" : v.file());
      problem.setText(v.problem().isEmpty() ? "" : "<html>Not applied: " + escape(v.problem()) + "</html>");
      boolean writable = !v.file().isEmpty();
      for (JComponent c : new JComponent[] {gain, acceleration, relative, absolute, cutoff, dwell, overlay}) {
        c.setEnabled(writable);
      }
      frame.pack();
    } finally {
      updating = false;
    }
  }

  @Override
  public void showProblem(String message) {
    SwingUtilities.invokeLater(() ->
        problem.setText(message.isEmpty() ? "" : "<html>Not saved: " + escape(message) + "</html>"));
  }

  private static String escape(String s) {
    String one = s.length() > 300 ? s.substring(0, 300) + "…" : s;
    return one.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>");
  }

  /** The speed slider (tests move it as a user would). */
  JSlider speedSlider() {
    return gain;
  }

  /** The acceleration switch (tests). */
  JCheckBox accelerationBox() {
    return acceleration;
  }

  @Override
  public void dispose() {
    SwingUtilities.invokeLater(frame::dispose);
  }
}
