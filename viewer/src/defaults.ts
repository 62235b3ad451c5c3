// The calibrated default confidence threshold (data/calibration/confidence.json, written by
// `npm run calibrate`): the view opens showing only relations at or above it; the slider goes lower.
import table from '../../data/calibration/confidence.json' with { type: 'json' };

export const DEFAULT_MIN_CONFIDENCE: number = typeof table.threshold === 'number' ? table.threshold : 0;
