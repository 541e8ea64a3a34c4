package dev.handctl.app;

import dev.handctl.action.Binding;
import dev.handctl.config.HandctlConfig;
import dev.handctl.gesture.GestureDefinition;
import java.util.List;

/**
 * Everything the daemon reads from files, loaded together (see {@link RuleFiles#load()}).
 *
 * @param config the settings
 * @param gestures the gestures
 * @param bindings the bindings
 */
public record Rules(HandctlConfig config, List<GestureDefinition> gestures, List<Binding> bindings) {}
