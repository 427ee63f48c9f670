import type { zhDraw } from './zh-draw';

/** English strings of drawing areas on the map and of download subsets. */
export const enDraw: Record<keyof typeof zhDraw, string> = {
  group_sketch: 'Your drawn areas',
  draw_start: 'Draw an area',
  draw_start_title: 'Draw an area on the map, as a planning sketch or to download data within it',
  draw_prompt:
    'Click the map to add corners; click the first corner, double-click or press Enter to finish; Backspace removes the last corner; Esc cancels.',
  draw_prompt_keys: 'Keyboard: arrow keys move the map, Space adds a corner at the centre cross.',
  draw_corners: '{n} corners',
  draw_area_about: 'about {km2} km²',
  draw_finish: 'Finish',
  draw_undo: 'Undo last corner',
  draw_cancel: 'Cancel',
  draw_too_few: 'An area needs at least 3 corners (it has {n}).',
  draw_crosses: 'The outline crosses itself (near {lon}°E, {lat}°N). Undo corners and draw around the outside.',
  draw_no_area: 'These corners enclose no area; add more corners.',
  draw_name: 'Name',
  draw_note: 'Note (optional)',
  draw_save: 'Save area',
  draw_resume: 'Keep drawing',
  draw_discard: 'Discard',
  draw_default_name: 'Area',
  draw_name_missing: 'Give the area a name.',
  draw_save_failed: 'Could not save: {message}. The area is still on the map; try again.',
  draw_not_persistent:
    'This browser cannot keep data (a private window?): areas are lost on reload; download them from the data catalogue.',
  draw_empty: 'No areas drawn yet. Once drawn, any dataset can be downloaded within an area from the data catalogue.',
  draw_download: 'Download all areas (GeoJSON)',
  draw_more_formats: 'other formats and coordinate systems in the data catalogue',
  draw_zoom: 'Zoom to',
  draw_rename: 'Rename',
  draw_remove: 'Remove',
  draw_remove_confirm: 'Remove the area "{name}"?',
  draw_remove_failed: 'Could not remove: {message}',
  draw_unreadable: '{n} stored areas could not be read and were skipped: {names}',
  draw_km2: '{km2} km²',
  draw_field_name: 'Name',
  draw_field_note: 'Note',
  draw_field_area: 'Area',
  draw_field_created: 'Drawn at',
  draw_layer_panel_title: 'Drawn area',
  area_counties: 'Counties, with the share of the area',
  area_industries: 'Plan industries:',
  area_nearest: 'Distance to the nearest',
  area_inside: 'inside the area',
  area_loading: 'Loading…',
  area_no_county: 'In no county of Liaoning (at sea or outside the province).',
  area_too_many: 'too many features to measure here',
  area_layer_empty: 'no features in the layer',
  area_roads_power_note:
    'Only infrastructure layers the atlas has are measured: roads and power are not bundled; import the planning office’s files or load OpenStreetMap data, then look again. Great-circle distances.',
  catalogue_subset_filter: 'Current filter ({names})',
  catalogue_subset_area: 'Drawn area: {name}',
  catalogue_subset_count: '{n} of {total} features',
  catalogue_subset_empty: 'No features in the chosen subset; nothing was downloaded.',
  catalogue_subset_rule_codes:
    'By code: the counties the plan names for the picked industries, and the counties of the prefectures it names.',
  catalogue_subset_rule_prefectures:
    'By code: the prefectures the plan names for the picked industries, and the prefectures of the counties it names.',
  catalogue_subset_rule_space:
    'By position: features that touch or overlap the counties named for the picked industries (or in a named prefecture); whole features, not clipped.',
  catalogue_subset_rule_area:
    'By position: features that touch or overlap the drawn area; whole features, not clipped.',
  catalogue_subset_rule_view:
    'By position: features that touch or overlap the map view you came from; whole features, not clipped.',
  catalogue_subset_no_counties: 'The county boundaries are not loaded yet, so the filter cannot be applied.',
  catalogue_drawn_title: 'Areas you drew',
  catalogue_drawn_intro:
    'Areas drawn on the map and kept in this browser (WGS84). Download them as data, or use them as the extent of any download above.',
  catalogue_drawn_none: 'No areas drawn yet: use "Draw an area" on the map.',
};
