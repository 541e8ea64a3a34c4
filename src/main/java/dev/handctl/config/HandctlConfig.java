package dev.handctl.config;

import dev.handctl.action.KeyChord;
import dev.handctl.action.PointerSettings;
import dev.handctl.action.SafetySettings;
import dev.handctl.filter.OneEuroConfig;
import dev.handctl.gesture.GeometryConfig;
import dev.handctl.hand.detect.PalmDetectorConfig;
import dev.handctl.hand.landmark.HandLandmarkerConfig;
import dev.handctl.hand.track.IdleConfig;
import dev.handctl.hand.track.TrackerConfig;
/**
 * All settings of handctl, typed and validated.
 *
 * @param models which models to load and how many threads each may use
 * @param camera what to ask of the camera and how to wait for it
 * @param detector palm detector and palm-to-region settings
 * @param landmarks landmark model settings
 * @param still how single images are searched
 * @param tracker how hands are followed through video
 * @param idle how work is saved while no hand is in view
 * @param smoothing One Euro filter settings for keypoints
 * @param geometry how finger bends are classified for gestures
 * @param gestures how gesture events are reported
 * @param pointer how the hand drives the pointer
 * @param actions the safety rules of actions
 * @param hotkey the global hotkey
 * @param output how the mouse and keyboard are driven
 * @param overlay the feedback drawn at the pointer
 */
public record HandctlConfig(
    ModelsConfig models,
    CameraConfig camera,
    PalmDetectorConfig detector,
    HandLandmarkerConfig landmarks,
    StillConfig still,
    TrackerConfig tracker,
    IdleConfig idle,
    OneEuroConfig smoothing,
    GeometryConfig geometry,
    GestureSettings gestures,
    PointerSettings pointer,
    SafetySettings actions,
    HotkeySettings hotkey,
    OutputSettings output,
    OverlaySettings overlay) {

  /**
   * The feedback drawn at the pointer.
   *
   * @param enabled {@code overlay.enabled}: whether the overlay is shown (X11 only)
   */
  public record OverlaySettings(boolean enabled) {}

  /**
   * How the mouse and keyboard are driven.
   *
   * @param backend {@code output.backend}: auto, or the one to use
   * @param portalDialogSeconds {@code output.portalDialogSeconds}: how long the portal backend waits for
   *     the desktop's permission dialog to be answered
   */
  public record OutputSettings(dev.handctl.output.OutputBackend backend, long portalDialogSeconds) {}

  /**
   * The global hotkey.
   *
   * @param pause the keys that pause and resume handctl
   */
  public record HotkeySettings(KeyChord pause) {
    /** Checks that the hotkey is a real combination: a key with at least one modifier (a bare key would be typed). */
    public HotkeySettings {
      if (!pause.hasModifierAndKey()) {
        throw new IllegalArgumentException("hotkey.pause: expected modifiers and a key, such as ctrl+alt+h, got "
            + pause);
      }
    }
  }

  /**
   * How gesture events are reported.
   *
   * @param holdIntervalMillis at most one hold event per gesture and hand this often
   * @param speedWindowMillis a hand's speed is measured against its position at least this long ago
   */
  public record GestureSettings(long holdIntervalMillis, long speedWindowMillis) {
    /** Validates the fields. */
    public GestureSettings {
      if (holdIntervalMillis < 0 || holdIntervalMillis > 10_000) {
        throw new IllegalArgumentException("gestures.holdIntervalMillis: expected a whole number from 0 to 10000,"
            + " got " + holdIntervalMillis);
      }
      if (speedWindowMillis < 0 || speedWindowMillis > 1000) {
        throw new IllegalArgumentException("gestures.speedWindowMillis: expected a whole number from 0 to 1000,"
            + " got " + speedWindowMillis);
      }
    }
  }

  /**
   * How single images are searched.
   *
   * @param extraCandidates palms tried beyond the number of hands wanted
   * @param refinePasses landmark passes on the region computed from the previous pass's keypoints
   * @param partMaxAreaShare a hand nested in one found later, covering at most this share of its box
   *     area, is a part of that hand (curled fingers, the base of a V) and gives way to it
   * @param maxImageSidePx an image whose header declares a wider or taller picture is refused
   *     before it is decoded (a small file can declare gigabytes of pixels)
   */
  public record StillConfig(int extraCandidates, int refinePasses, double partMaxAreaShare, int maxImageSidePx) {
    /** Validates the fields. */
    public StillConfig {
      if (extraCandidates < 0 || extraCandidates > 20) {
        throw new IllegalArgumentException("still.extraCandidates: expected a whole number from 0 to 20, got "
            + extraCandidates);
      }
      if (refinePasses < 0 || refinePasses > 5) {
        throw new IllegalArgumentException("still.refinePasses: expected a whole number from 0 to 5, got "
            + refinePasses);
      }
      if (maxImageSidePx < 16 || maxImageSidePx > 65_535) {
        throw new IllegalArgumentException("still.maxImageSidePx: expected a whole number from 16 to 65535, got "
            + maxImageSidePx);
      }
      if (!(partMaxAreaShare >= 0 && partMaxAreaShare <= 1)) {
        throw new IllegalArgumentException("still.partMaxAreaShare: expected a number from 0 to 1, got "
            + partMaxAreaShare);
      }
    }
  }

  /**
   * Which models handctl loads.
   *
   * @param detector name of the palm detection model
   * @param landmarks name of the landmark model
   * @param intraOpThreads threads each model may use inside one op
   */
  public record ModelsConfig(String detector, String landmarks, int intraOpThreads) {
    /** Validates the fields. */
    public ModelsConfig {
      if (intraOpThreads < 1 || intraOpThreads > 64) {
        throw new IllegalArgumentException("models.intraOpThreads: expected a whole number from 1 to 64, got "
            + intraOpThreads);
      }
    }
  }

  /**
   * What handctl asks of the camera and how it waits for one.
   *
   * @param widthPx requested frame width in pixels, 0 for the camera's default
   * @param heightPx requested frame height in pixels, 0 for the camera's default
   * @param fps requested frame rate, 0 for the camera's default
   * @param mirrored whether the camera's image is a mirrored (selfie) view
   * @param retryInitialMillis first wait before reopening a missing or failed camera
   * @param retryMaxMillis longest wait between attempts (the wait doubles up to it)
   */
  public record CameraConfig(int widthPx, int heightPx, double fps, boolean mirrored, long retryInitialMillis,
      long retryMaxMillis) {
    /** Validates the fields; messages name the setting. */
    public CameraConfig {
      if (widthPx < 0 || widthPx > 8192 || heightPx < 0 || heightPx > 8192) {
        throw new IllegalArgumentException("camera.widthPx / camera.heightPx: expected whole numbers from 0 to 8192,"
            + " got " + widthPx + " x " + heightPx);
      }
      if (!(fps >= 0 && fps <= 1000)) {
        throw new IllegalArgumentException("camera.fps: expected a number from 0 to 1000, got " + fps);
      }
      if (retryInitialMillis < 10 || retryInitialMillis > 60_000) {
        throw new IllegalArgumentException("camera.retryInitialMillis: expected a whole number from 10 to 60000, got "
            + retryInitialMillis);
      }
      if (retryMaxMillis < retryInitialMillis || retryMaxMillis > 600_000) {
        throw new IllegalArgumentException("camera.retryMaxMillis: expected a whole number from retryInitialMillis ("
            + retryInitialMillis + ") to 600000, got " + retryMaxMillis);
      }
    }
  }
}
