# Journeymap's interface in English.
#
# Every key here is also in fa.ftl; the tests fail when one is missing.
# Attributes (".description") belong to the message above them.

## Commands: the menu label, and what the shortcut list (F1) says

cmd-new = New
    .description = New map
cmd-start-screen = Start screen…
cmd-open = Open…
    .description = Open a map
cmd-compare-with = Compare with…
    .description = Show what changed since another version of this map
cmd-save = Save
cmd-save-as = Save As…
    .description = Save under another name
cmd-export-png = Export PNG, PDF, SVG or web page…
    .description = Export the infographic as PNG, PDF or SVG, or the map as a web page
cmd-export-cells = Export cells as CSV…
    .description = Export one row per cell, for spreadsheets and CRM tools
cmd-export-plan = Export action plan as CSV…
    .description = Export the action plan: every gap with its owner, grouped by owner
cmd-import-mermaid = Import Mermaid journey or CSV…
    .description = Make a new map from a Mermaid journey diagram (.mmd or Markdown)
cmd-export-mermaid = Export as Mermaid journey…
    .description = Write the map as a Mermaid journey diagram, for Markdown pages
cmd-close = Close
cmd-quit = Quit
cmd-undo = Undo
cmd-redo = Redo
cmd-add-stage = Add stage
    .description = Add a stage after the selected one (or at the end)
cmd-add-channel = Add channel
    .description = Add a channel after the selected one (or at the end)
cmd-rename = Rename stage or channel
    .description = Rename the selected stage or channel
cmd-clear-cell = Clear cell
    .description = Clear the selected cell
cmd-delete-selected = Delete stage or channel…
cmd-present = Present
    .description = Enter presentation mode (Esc leaves)
cmd-insights = Insights
    .description = Show or hide the insights: where to act, and why
cmd-light = Light
cmd-dark = Dark
cmd-zoom-in = Zoom in
    .description = Zoom the grid in
cmd-zoom-out = Zoom out
    .description = Zoom the grid out
cmd-zoom-reset = Reset zoom
    .description = Reset the grid zoom
cmd-clear-recent = Clear list
cmd-shortcuts = Keyboard shortcuts
    .description = This list

cmd-about = About Journeymap
    .description = Version, licence and fonts
about-version = Version { $version }
about-description = A desktop editor for customer journey maps.
about-licence = Licensed under the MIT licence or the Apache licence 2.0, at your choice.
about-fonts = Fonts
about-font-vazirmatn = Vazirmatn, by the Vazirmatn Project Authors, under the SIL Open Font License 1.1. It draws the editor and every export.
about-font-fallback = Fallback for symbols and emoji, from egui: Ubuntu Light (Ubuntu Font Licence 1.0), Hack (MIT), Noto Emoji (SIL Open Font License 1.1) and emoji-icon-font (MIT).
about-ofl = The SIL Open Font License 1.1

## Keys and gestures in the shortcut list

key-arrows = Arrow keys
key-alt-arrows = Alt+arrow keys
key-reorder = reorder
    .description = Move the selected stage left or right, the selected channel, lane or line up or down, the selected card to the next cell (swapping with a filled one), or, in a signal's text in the inspector, the signal to the next cell
key-move = move
    .description = Move the selection between cells
key-edit = edit
    .description = Edit the selected cell in the inspector
key-cancel = cancel
    .description = Leave a text field; cancel a drag or a rename
key-real-score = real score
    .description = Presenting: set the focused cell's real score to −2 … +2
key-ideal-score = ideal
    .description = Presenting: set the ideal score to −2 … +2
key-clear-score = clears
    .description = Presenting: clear the real score / the ideal score
key-add-positive = positive signal
    .description = Presenting: type a new positive signal
key-add-negative = negative signal
    .description = Presenting: type a new negative signal
key-card = card
    .description = Presenting: show the focused cell large, with all its fields
key-spotlight = spotlight
    .description = Presenting: dim every stage but the focused one
key-colouring = colouring
    .description = Presenting: the next colouring (signals, real, ideal, gap)
key-chart = chart
    .description = Presenting: the ideal-vs-real chart over the grid
key-owner = owner
    .description = Presenting: each owner's cells in turn, then all
key-leave = leaves
    .description = Presenting: close the card, or leave presentation mode
key-persona = persona
key-undo = undo
key-save = save
gesture-double-click = Double-click a header
    .description = Rename it in place (keys: F2)
gesture-drag-header = Drag a header
    .description = Reorder stages, channels and lanes (keys: Alt+arrow keys)
gesture-drag-cell = Drag a cell
    .description = Move its content, swapping with a filled cell (keys: Alt+arrow keys)
gesture-drag-signal = Drag a signal chip
    .description = Move the signal to another cell (keys: Alt+arrow keys in its text in the inspector)
gesture-right-click = Right-click a cell, header or line
    .description = Its actions (keys: Shift+F10 or the Menu key)
gesture-drag-inspector = Drag the inspector's edge
    .description = Resize the inspector (keys: { $modifier }+] and { $modifier }+[)
gesture-wheel = { $modifier }+mouse wheel
    .description = Zoom the grid

## Menus

menu-file = File
menu-new-from-template = New from Template
menu-open-recent = Open Recent
menu-no-recent = No recent files
menu-edit = Edit
menu-map-direction = Map direction
menu-view = View
menu-theme = Theme
menu-colour-by = Colour cells by
menu-signal-colours = Signal colours
menu-zoom = Grid zoom { $percent } %
menu-language = Language
menu-help = Help
# "Undo add stage": the command, then the step it undoes.
menu-undo-step = Undo { $step }
menu-redo-step = Redo { $step }

## The editor window

new-map-title = Untitled journey
window-untitled = Untitled
changed-on-disk = “{ $name }” was changed on disk by someone else. Saving will ask before overwriting it.
changed-on-disk-reload = Reload
changed-on-disk-keep = Keep mine
status-counts = { $stages ->
        [one] 1 stage
       *[other] { $stages } stages
    } · { $channels ->
        [one] 1 channel
       *[other] { $channels } channels
    } · { $cells ->
        [one] 1 filled cell
       *[other] { $cells } filled cells
    }
status-unsaved = Unsaved changes
status-not-saved = Not saved yet
status-saved = Saved
status-insights = Insights
status-colour-by = Colour by
status-show-owner = Show owner
status-all-owners = All owners
status-owner-filter-hint = Dim every other owner's cells, to walk one team through its part

## Questions

answer-save = Save
answer-discard = Discard
answer-delete = Delete
answer-overwrite = Overwrite
answer-reload = Reload
answer-save-as = Save As…
answer-restore = Restore
answer-replace = Replace
answer-cancel = Cancel
prompt-unsaved-title = Unsaved changes
prompt-unsaved = Save the changes to “{ $document }” first?
prompt-delete-title = Delete
prompt-delete-stage = Delete the stage “{ $name }” and { $cells ->
        [one] the filled cell
       *[other] the { $cells } filled cells
    } in it?
prompt-delete-channel = Delete the channel “{ $name }” and { $cells ->
        [one] the filled cell
       *[other] the { $cells } filled cells
    } in it?
prompt-changed-title = Changed on disk
prompt-changed = “{ $path }” was changed on disk since you opened or saved it. Overwrite those changes with yours, reload the file and lose your changes, or save yours under another name?
prompt-read-only-title = Read-only file
prompt-read-only = “{ $path }” is read-only, so Journeymap does not overwrite it. Save your work under another name?
prompt-replace-title = Replace file
prompt-replace = “{ $path }” already exists. Replace it?
prompt-restore-title = Recover unsaved work
prompt-restore = Journeymap did not close properly last time. Restore the unsaved work?
prompt-restore-file = Journeymap did not close properly last time. Restore the unsaved work on “{ $path }”?

## Errors and warnings

message-error = Something went wrong
message-warning = Please note
message-more = { $count ->
        [one] 1 more after this one
       *[other] { $count } more after this one
    }
message-ok = OK

## Files

format-project = Journey map
format-png = PNG image
format-pdf = PDF document
format-svg = SVG drawing
format-html = web page
format-csv = CSV table
browse-open = Open journey map
browse-compare = Compare with another version
browse-export-cells = Export cells as CSV
browse-export-plan = Export action plan as CSV
browse-export-png = Export PNG image
browse-export-pdf = Export PDF
browse-export-svg = Export SVG drawing
browse-export-html = Export web page
format-mermaid = Mermaid journey
format-import = Mermaid journey or cells CSV
format-opens = Journey map, or an export that carries one
error-carried-none = This { $format } carries no map: it was exported without one, or by another program.
error-carried-unreadable = This { $format } cannot be read: { $reason }
error-carried-too-large = The map this { $format } carries is over the { $limit } MiB limit for a map.
error-carried-invalid = The map it carries is not valid: line { $line }, column { $column }: { $message }
notice-opened-carried = Opened the map { $name } carries. Save it as a journey map to keep it.
export-embed-row = Map file
export-embed = Carry the map inside
    .description = The PNG, PDF, SVG or web page opens again as this map in Journeymap.
error-csv-empty = The file is empty.
error-csv-syntax = Line { $line }: { $message }
error-csv-missing-column = The header has no “{ $column }” column. A cells CSV has the columns { $columns }.
error-csv-no-cells = No row names both a stage and a channel.
error-import-too-large = The map would be over the { $limit } MiB limit for a map, so it could not be opened again; import a smaller file.
error-import-encoding = Line { $line }, column { $column }: the byte 0x{ $byte } is not UTF-8 text. The file looks like Windows-1252 or Latin-1 (Excel's plain “CSV” on Windows): save it as “CSV UTF-8”, or as UTF-8 from a text editor, and import it again.
warn-csv-unknown-column = unknown column “{ $name }”, left out
warn-csv-bad-score = { $column } score “{ $value }” is not a whole number from -2 to +2; left empty
warn-csv-unknown-tags = signal “{ $signal }” has tags that name no known root cause or principle; kept as text
warn-csv-no-place = the row names no stage or no channel; left out
warn-csv-repeated = a second row for { $stage } × { $channel }; left out, the first is kept
warn-csv-lane-kind = lane kind “{ $kind }” is not text, emotion or metric; read as text
warn-csv-not-a-number = metric value “{ $value }” is not a number; left empty
warn-csv-too-many-personas = persona “{ $name }” would be more than { $count }; its emotions are left out
browse-import-mermaid = Import a Mermaid journey or a cells CSV
browse-export-mermaid = Export as a Mermaid journey
error-import = Could not import the diagram.
error-not-a-journey = No Mermaid journey diagram found: one starts with the line “journey”.
error-journey-no-tasks = The journey has no tasks.
error-export-mermaid = Could not export the Mermaid diagram.
warn-import = { $count ->
        [one] One line of the diagram was read with a change:
       *[other] { $count } lines of the diagram were read with a change:
    }
warn-import-bad-score = task “{ $task }” has the score “{ $score }”, not a whole number from 1 to 5; kept without a score
warn-import-no-score = task “{ $task }” has no score; kept without a score
warn-import-not-a-task = not a task (name: score: actors), left out: { $text }
warn-import-more-diagrams = the file holds { $count } journey diagrams; this one, the first, was imported. Keep one diagram per file to import the others
browse-save = Save journey map
browse-save-format = Save { $format }
warn-comments = “{ $name }” contains comments (the first is on line { $line }). Journeymap does not keep comments: saving will remove them. To keep that text, move it into a cell's Notes or a stage's description.
error-open = Could not open the file.
error-compare = Could not open the file to compare with.
error-save = Could not save. Your work is still open and unsaved, and a recovery copy is kept.
error-export-csv = Could not export the CSV table.
error-export-png = Could not export the PNG.
error-export-pdf = Could not export the PDF.
error-export-svg = Could not export the SVG.
error-export-html = Could not export the web page.
error-recovery-write = Could not write the crash-recovery copy of your work.
error-recovery-read = The recovery file could not be read.

## An error's detail, under its headline. A position in a file stays
## "file:line:column" in ASCII digits, which editors and CI read.

fault-read = { $path }: cannot read: { $reason }
fault-too-large = { $path }: the file is { $size } bytes, over the { $limit } MiB limit for a project
fault-invalid = { $at }: { $message }
fault-write = { $path }: cannot save: { $reason }
fault-read-only = { $path }: cannot save: the file is read-only. Save under another name, or make it writable first
fault-changed-on-disk = { $path }: not saved: another program changed the file after it was read. Its version is left as it is
fault-is-input = { $path }: not overwritten: it is the map being exported
fault-other-format = { $path }: not overwritten: it is not a { $format }
fault-serialize = { $path }: cannot save: the map could not be written as text: { $message }
fault-no-folder = { $path }: cannot save: the folder { $folder } does not exist
fault-exists = { $path }: not overwritten: the file exists. Choose another name
fault-map-too-large = { $path }: not written: the map would be { $size } MiB, over the { $limit } MiB limit for a map
fault-quota = the disk quota is used up
fault-file-too-large = the file would be larger than this system allows
fault-read-only-disk = the disk is read-only
fault-not-found = no such file or folder
fault-permission = permission denied
fault-no-space = no space left on the disk
fault-is-folder = it is a folder
fault-bad-scale = scale { $scale } is not supported: use 1, 2, 3 or 4
fault-image-too-large = the image would be { $width } x { $height } pixels, more than this export allows ({ $megapixels } megapixels, { $side } pixels a side);
fault-try-scale = try a smaller scale such as { $scale }x
fault-no-scale-fits = even scale 1 is too large for this map
fault-no-memory = not enough memory for a { $width } x { $height } pixel image; try a smaller scale
fault-encode = cannot encode the PNG: { $message }
fault-document = cannot write the { $format }: { $message }
fault-page-too-large = the map is { $width } x { $height } inches, larger than a PDF page may be ({ $largest } inches a side); choose a paper size such as A3

## What is wrong in a map file's text, after its file:line:column

parse-not-utf8 = the file is not valid UTF-8 text
parse-empty = the file is empty: a map starts with `(format: 2, ...)`
parse-conflict-markers = git merge conflict markers: this file is in the middle of a merge. Run `journeymap git-setup` so git merges maps with `journeymap merge`, then merge again; or keep one version of each conflicting part and delete the marker lines
parse-newer-format = this file has format { $found }, from a newer Journeymap; this version reads format { $ours } and older. Update Journeymap to open it
parse-end-of-file = the file ends too early: something is missing at its end
parse-expected = expected { $what } here
parse-expected-comma = a comma
parse-expected-string = a text in quotes
parse-expected-number = a number
parse-expected-boolean = true or false
parse-expected-list = a list in [ ]
parse-expected-list-end = the end of the list, ]
parse-expected-group = a group in ( )
parse-expected-group-end = the end of the group, )
parse-expected-colon = a colon
parse-expected-name = a name
parse-unexpected-char = unexpected character `{ $char }`
parse-trailing = more text after the end of the map
parse-unknown-field = unknown field `{ $found }`; expected one of { $expected }
parse-missing-field = the field `{ $field }` is missing
parse-duplicate-field = the field `{ $field }` is written twice
parse-unknown-value = unknown value `{ $found }`; expected one of { $expected }
parse-bad-id = `{ $text }` is not a valid id (expected 1 to 16 hex digits)
parse-bad-score = score { $value } is not allowed: scores are whole numbers from -2 (very negative) to 2 (very positive)
parse-duplicate-id = { $kind } id `{ $id }` is used twice
parse-unknown-ref = the cell refers to { $kind } `{ $id }`, which does not exist
parse-kind-stage = stage
parse-kind-channel = channel
parse-kind-signal = signal
parse-duplicate-cell = a second cell for this stage and channel: each crossing has one cell
notice-hard-links = Saved “{ $name }” in place, keeping its { $links } hard links
notice-recovered-restored = An earlier save of “{ $name }” was interrupted part-way; its previous content was put back from the backup it left.
notice-recovered-removed = An earlier save of “{ $name }” was interrupted after it had finished; the backup it left was removed.
notice-exported = Exported { $path }
html-controls = Filters and search
html-search = Search
html-grid = The map
html-findings = What the map says
html-close = Close

## The built-in file browser

browser-no-file = There is no file “{ $name }” here.
browser-no-folder = That folder does not exist.
browser-up = Up
browser-up-hint = The folder above this one
browser-folder-hint = Type a folder and press Enter
browser-hidden = Hidden files
browser-empty = No folders or .{ $extension } files here.
browser-file-name = File name:
browser-pick-hint = Pick a file above
browser-name-hint = Name of the new file
browser-open = Open
browser-save = Save
browser-cannot-read = Cannot read { $folder }
place-home = Home
place-desktop = Desktop
place-documents = Documents
place-downloads = Downloads

## The inspector

inspector-map = Journey map
inspector-title = Title
inspector-persona = Persona
inspector-name = Name
inspector-description = Description
inspector-hint = Select a cell, stage or channel in the grid to edit it. Arrow keys move between cells.
inspector-direction = Direction
inspector-direction-ltr-hint = The first stage at the left
inspector-direction-rtl-hint = The first stage at the right, as Persian reads
inspector-language = Infographic language
inspector-language-hint = The language of the exported infographic's own words: titles, findings, axis, badges and legend
inspector-language-auto = From the map's text ({ $language })
inspector-stage = Stage
inspector-channel = Channel
inspector-position = { $index } of { $count }
inspector-move-earlier = Move left
inspector-move-later = Move right
inspector-move-up = Move up
inspector-move-down = Move down
inspector-delete-stage = Delete stage…
inspector-delete-channel = Delete channel…
inspector-kind = Kind
inspector-ideal = Ideal experience
inspector-real = Real experience
inspector-gap-none = Gap: none, the customer gets what was intended
inspector-gap-short = Gap: { $gap } (real falls short of ideal)
inspector-gap-over = Gap: { $gap } (real exceeds ideal)
inspector-gap-unset = Gap: set both scores to see it
inspector-signals = Signals ({ $count })
inspector-flip-hint = Flip between positive and negative
inspector-flip-positive = Positive: make it negative
inspector-flip-negative = Negative: make it positive
inspector-signal-positive = Positive signal
inspector-signal-negative = Negative signal
inspector-delete-signal = Delete
inspector-delete-signal-hint = Delete this signal
inspector-add-positive = + Positive signal
inspector-add-negative = − Negative signal
signal-hint = What does the customer meet here?
key-delete = Delete
score-not-set = Not set
score-unset = not set

## Names the model gives, by their English label

field-owner = Owner
field-action = Action
field-impact = Impact
field-notes = Notes
kind-website = Website
kind-phone = Phone
kind-store = Store / in person
kind-email = Email
kind-social = Social
kind-app = App
kind-chat = Chat
kind-sms = SMS
kind-letter = Letter
kind-other = Other
score-very-negative = Very negative
score-negative = Negative
score-neutral = Neutral
score-positive = Positive
score-very-positive = Very positive
direction-left-to-right = Left to right
direction-right-to-left = Right to left
step-edit-title = edit title
step-edit-persona = edit persona
step-change-map-direction = change map direction
step-change-map-language = change map language
step-add-stage = add stage
step-rename-stage = rename stage
step-edit-stage-description = edit stage description
step-move-stage = move stage
step-delete-stage = delete stage
step-add-channel = add channel
step-rename-channel = rename channel
step-change-channel-kind = change channel kind
step-move-channel = move channel
step-delete-channel = delete channel
step-edit-owner = edit owner
step-edit-action = edit action
step-edit-impact = edit impact
step-edit-notes = edit notes
step-set-score = set score
step-clear-cell = clear cell
step-move-cell = move cell
step-add-signal = add signal
step-edit-signal = edit signal
step-flip-signal = flip signal
step-tag-signal = tag signal
step-move-signal = move signal
step-delete-signal = delete signal
step-resolve-conflict = resolve conflict
colour-by-signals = Signals
colour-by-real = Real score
colour-by-ideal = Ideal score
colour-by-gap = Gap
scheme-red-green = Green / red
scheme-blue-orange = Blue / orange (colour-blind safe)

## Root causes and principles

list-separator = {", "}
tags-cause-line = Root cause: { $cause }
tags-principles-line = Principles: { $principles }
tags-cause-pick = Root cause…
tags-no-cause = No root cause
tags-cause-hint = Why the customer meets this (EFQM's four views)
tags-principles-pick = Principles…
tags-principles-count = Principles ({ $count })
tags-principles-hint = The customer-experience principles this serves or breaks
cause-People = Staff skills and behaviour
    .meaning = How the people the customer meets know, help and behave
    .lower = staff skills and behaviour
cause-Product = Product features
    .meaning = What the product or service itself does or lacks
    .lower = product features
cause-Environment = Service environment
    .meaning = Where the service is delivered: the store, the phone line, the website or app
    .lower = service environment
cause-Process = Processes
    .meaning = The steps, rules and waiting the organisation puts the customer through
    .lower = processes
principle-BrandValues = Brand values
    .meaning = The contact lives up to what the brand says it believes
principle-HigherGoals = Higher goals
    .meaning = It serves the goal behind the need, not just the request
principle-Designed = Designed interactions
    .meaning = The interaction is designed on purpose, not left to chance
principle-Expectations = Expectations
    .meaning = It meets what the customer has learnt to expect
principle-Effortless = Effortless
    .meaning = It asks little effort of the customer
principle-StressFree = Stress-free
    .meaning = No confusion, doubt or anxiety
principle-Sensory = Sensory
    .meaning = It is pleasant to see, hear and touch
principle-Social = Social
    .meaning = It respects the customer's relationships and standing
principle-InControl = In control
    .meaning = The customer feels in control of what happens
principle-Emotions = Emotions
    .meaning = It leaves the customer feeling good

## Start screen

start-welcome = Welcome to Journeymap
start-intro = Open a map, look around a sample, or start from a template.
start-recent = Recent files
start-none-yet = None yet
start-blank = Blank map
start-samples = Samples
start-templates = New from a template
start-explore = Explore the open sample
start-bring-back = File > Start screen… brings this back.

## Export dialog

export-title = Export
export-button = Export…
export-format = Format
export-format-png = PNG image
export-format-png-hint = Pixels, for slides, documents and the web
export-format-pdf = PDF
export-format-pdf-hint = For print and sharing: text stays selectable and searchable, shapes stay sharp
export-format-svg = SVG
export-format-svg-hint = A vector drawing for design tools; its text is drawn as outlines, so it looks the same without the fonts
export-format-html = Web page
export-format-html-hint = One HTML file for people without Journeymap: the grid as a table, the chart and the findings; filters, search and cards with scripts on; works offline
export-html-size = One file with everything in it, the fonts included; opens in any browser, offline
export-paper = Paper
export-paper-fit = Fit to the map
export-paper-a4 = A4
export-paper-a3 = A3
export-paper-letter = Letter
export-landscape = Landscape
export-pages = { $pages ->
        [one] One page
       *[other] { $pages } pages
    }, { $width } x { $height } mm
export-drawing = { $width } x { $height } px, sharp at any size
export-scale = Scale
export-scale-value = { $scale }x
export-scale-screen = screen
export-scale-slides = slides
export-scale-print = print
export-scale-large-print = large print
export-theme = Theme
export-show = Show
export-show-both = Ideal and real
export-show-ideal = Ideal only
export-show-real = Real only
export-language = Words in
export-language-map = The map's language ({ $language })
export-language-hint = Set in the inspector's map settings, or found from the map's text
export-persona = Personas
export-findings = Findings
export-findings-box = Channels that disagree, where to act, root causes
export-findings-hint = The section under the grid that says what the map shows
export-size = Size
export-pixels = { $width } x { $height } pixels
export-preview-hint = Preview at scale 1
export-no-preview = No preview: { $problem }

## Presentation mode

present-chart-hint = Ideal vs real experience (G hides)
present-new-positive = New positive signal at { $place }
present-new-negative = New negative signal at { $place }
present-new-signal-keys = Enter adds it, Esc cancels
present-unsaved = {"  "}unsaved ({ $keys })
present-legend-title = { $colouring }:
present-owner = Showing { $owner }'s cells
present-ideal = Ideal { $score }
present-real = Real { $score }
present-gap = Gap { $gap }
present-card-keys = Esc or Enter closes

## Legends

legend-3-more-negative = 3+ more negative
legend-more-negative = more negative
legend-balanced-none = balanced / none
legend-more-positive = more positive
legend-3-more-positive = 3+ more positive
legend-0-not-set = 0 / not set
legend-gap-3 = gap 3+
legend-gap-1 = gap 1
legend-no-gap-not-set = no gap / not set
legend-real-above-ideal = real above ideal

## What the map says: the insights panel and the infographic's findings

words-none = none
words-channel-score = { $channel } { $score }
words-consistency = { $stage }: { $best } vs { $worst } ({ $spread } apart)
words-consistency-few = { $stage }: fewer than two channels scored
words-main-cause-at = Most negative signals at { $stage } ({ $count } of { $total }) are about { $cause }.
words-main-cause-map = Most negative signals in the map ({ $count } of { $total }) are about { $cause }.
words-cliff-drop = { $from } to { $to } (real falls { $drop }), from { $channels }
words-cliff-cell = { $channel } × { $stage } (real { $score })
words-opportunity = { $channel } × { $stage }: gap { $gap }, owner { $owner }
words-opportunity-action = : { $action }
words-opportunity-causes = {" "}[{ $causes }]
words-persona-curve = { $persona }: { $curve }
words-persona-stage = { $stage } { $score }
words-personas-apart = { $stage }: { $a } { $ascore } vs { $b } { $bscore } ({ $apart } apart)
words-emotion-real = { $stage }: { $persona } feels { $emotion }, the channels' real experience is { $real } ({ $apart } apart)
insights-title = Insights
insights-close = Close
insights-personas-section = Personas: emotion by stage
insights-no-curves = No persona has an emotion score yet: add an emotion lane from the Edit menu.
insights-personas-apart-section = Where personas feel most differently
insights-personas-agree = No two personas' emotions differ at any stage.
insights-emotion-real-section = Where emotion and real experience part
insights-emotion-real-none = No stage has both an emotion and a real score.
insights-cliff-section = Where trust breaks
insights-cliff = The cliff: { $words }
insights-no-cliff = The real experience never drops.
insights-disagree-section = Channels that disagree
insights-show-persona = Show this persona in the inspector
insights-show-stage = Show this stage
insights-all-agree = Every stage's channels are within a point of each other.
insights-act-section = Where to act, largest gap first
insights-no-gap = No cell falls short of its ideal.
insights-rank = { $rank }. { $words }
insights-negatives = { $count ->
        [one] ; 1 negative signal
       *[other] ; { $count } negative signals
    }
insights-show-cell = Show this cell
insights-causes-section = Why: negative signals by root cause
insights-no-negatives = The map has no negative signals.
insights-no-cause = No root cause given
insights-no-cause-hint = Pick one in the inspector, under the signal
insights-cause-count = { $count }  { $cause }
insights-principle-count = { $principle } { $count }
insights-principles = Principles at stake: { $principles }
insights-owners-section = Who carries the gap
insights-no-owner-gap = No owner has a cell below its ideal.
insights-owner-gap = { $owner }: gap { $gap } over { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    }
insights-owner-all = Show every owner's cells again
insights-coverage-section = Gaps in the map
insights-unscored-stages = Stages with no score: { $names }
insights-unscored-channels = Channels with no score: { $names }
insights-unowned = No owner for the action at { $channel } × { $stage }
insights-covered = Every stage and channel has a score, and every action an owner.


## The exported infographic's own words

infographic-heading-both = Ideal vs real experience, by stage
infographic-heading-ideal = Ideal experience, by stage
infographic-heading-real = Real experience, by stage
infographic-largest-gap = Largest gap: { $stage }, where the real experience falls { $gap } points short of the ideal.
infographic-no-gap = No stage falls short of its ideal experience.
infographic-cliff-drop = Cliff of dissatisfaction: the real experience drops { $drop } points from { $from } to { $to }.
infographic-cliff-cell = Cliff of dissatisfaction: { $channel } at { $stage } scores { $score } in real experience.
infographic-no-cliff = No cliff of dissatisfaction: the real experience never drops.
infographic-axis = { $score } { $label }
infographic-cliff = cliff
infographic-gap = gap { $gap }
infographic-gap-largest = gap { $gap }, largest
infographic-more = and { $count } more
infographic-disagree = Channels that disagree
infographic-all-agree = At every stage the channels' real scores lie within { $points ->
        [one] { $points } point
       *[other] { $points } points
    } of each other.
infographic-act = Where to act
infographic-act-top = Where to act: the { $shown } largest of { $total } gaps
infographic-no-short-cell = No cell's real experience falls short of its ideal.
infographic-place = { $rank }. { $channel } × { $stage }: gap { $gap }
infographic-no-owner = no owner
infographic-plan = { $owner }: { $action }
infographic-no-action = { $owner }: no action yet
infographic-why = Why: negative signals by root cause
infographic-no-negatives = The map has no negative signals.
infographic-uncaused = { $count } of { $total } have no root cause yet.
infographic-all-caused = { $total ->
        [one] The one negative signal has a root cause.
       *[other] All { $total } negative signals have a root cause.
    }
infographic-cells-legend = Cells: signals met there
infographic-personas-legend = Personas: their emotion curves and lanes
infographic-chart-legend = Chart and badges
infographic-ideal-line = ideal experience (stage mean)
infographic-real-line = real experience
infographic-short = real short of ideal
infographic-scale = Scores from -2 (very negative) to +2 (very positive); gap = ideal - real. Cells list signals as + and - with their first words.
infographic-page-cover = Page { $page } of { $pages }. { $following ->
        [one] The chart and the grid follow on page { $first }.
       *[other] The chart and the grid follow on pages { $first } to { $pages }, across the stages first, then down the channels.
    }
infographic-page-tile = Page { $page } of { $pages }: stages { $from } to { $to } of { $stages }, rows { $first } to { $last } of { $rows }.{ $tiles ->
        [one] {""}
       *[other] {" "}Pages run across the stages, then down the rows.
    }

## The grid

header-stage = Stage { $name }
header-channel = Channel { $name }
header-stage-add-hint = Add a stage
header-channel-add-hint = Add a channel
header-stage-insert-before = Insert stage before
header-stage-insert-after = Insert stage after
header-channel-insert-before = Insert channel before
header-channel-insert-after = Insert channel after
header-disagree = Channels disagree at this stage.
header-add-stage = +
header-add-channel = + Channel
header-rename = Rename
header-delete = Delete…
new-stage-name = Stage { $number }
new-channel-name = Channel { $number }
drag-swap = swap
drag-stage = Stage: { $name }
drag-channel = Channel: { $name }
drag-cell = Cell: { $owner }
drag-signal = Signal: { $text }
drag-esc = { $what }   (Esc cancels)
grid-corner = Channels / Stages
card-add-positive = Add positive signal
card-add-negative = Add negative signal
badge-ideal = Ideal
    .short = I
badge-real = Real
    .short = R
badge-gap = Gap
    .short = Gap

## What assistive technology reads

a11y-cell = Cell { $stage } × { $channel }

## Merge conflicts and comparing versions

conflicts-count = { $count ->
        [one] Merge conflicts: 1 left. The map shows ours until you choose.
       *[other] Merge conflicts: { $count } left. The map shows ours until you choose.
    }
conflicts-select = Select it
conflicts-ours = ours: { $value }
conflicts-theirs = theirs: { $value }
conflicts-keep-ours = Keep ours
conflicts-take-theirs = Take theirs
compare-title = Changes
compare-stop = Stop comparing
compare-from = From “{ $name }” to the open map
compare-none = No changes: the two versions are the same map.

## A change between two versions of a map, as File → Compare lists it
## and `journeymap diff` prints it

change-title = title { $old } → { $new }
change-persona-name = persona { $old } → { $new }
change-persona-description = persona description { $old } → { $new }
change-direction = direction { $old } → { $new }
change-direction-left-to-right = left-to-right
change-direction-right-to-left = right-to-left
change-language = language { $old } → { $new }
change-language-auto = auto
change-language-en = en
change-language-fa = fa
change-list-stage = stage
change-list-channel = channel
change-added = { $list } { $name } added ({ $position })
change-deleted = { $list } { $name } deleted ({ $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    })
change-renamed = { $list } { $old } renamed to { $new }
change-moved = { $list } { $name } moved from { $from } to { $to }
change-described = { $list } { $name }: description { $old } → { $new }
change-kind = channel { $channel }: kind { $old } → { $new }
change-field-owner = owner
change-field-action = action
change-field-impact = impact
change-field-notes = notes
change-text = { $channel } × { $stage }: { $field } { $old } → { $new }
change-experience-ideal = ideal
change-experience-real = real
change-score = { $channel } × { $stage }: { $experience } { $old } → { $new }
change-signal-added = signal added to { $channel } × { $stage }: { $sign } { $text }
change-signal-deleted = signal deleted from { $channel } × { $stage }: { $sign } { $text }
change-signal-text = signal in { $channel } × { $stage }: { $old } → { $new }
change-signal-flipped = signal in { $channel } × { $stage } flipped to { $sign }: { $text }
change-signal-tagged = signal tags in { $channel } × { $stage } ({ $text }): { $old } → { $new }
change-signals-reordered = signals reordered in { $channel } × { $stage }
change-conflicts = unresolved conflicts: { $old } → { $new }

## Where a merge conflict is, as the Conflicts panel and `journeymap check` say

conflict-title = title
conflict-persona-name = persona name
conflict-persona-description = persona description
conflict-stage-name = stage { $stage }: name
conflict-stage-description = stage { $stage }: description
conflict-stage-kept = stage { $stage }: deleted on one side, edited on the other
conflict-stage-order = order of the stages
conflict-channel-name = channel { $channel }: name
conflict-channel-kind = channel { $channel }: kind
conflict-channel-kept = channel { $channel }: deleted on one side, edited on the other
conflict-channel-order = order of the channels
conflict-cell = { $channel } × { $stage }
conflict-cell-unknown = cell { $stage } { $channel }
conflict-field = { $cell }: { $field }
conflict-signal-in = a signal in { $cell }
conflict-signal-unknown = signal { $id }
conflict-signal-text = { $signal }: text
conflict-signal-polarity = { $signal }: polarity
conflict-signal-tags = { $signal }: root cause and principles
conflict-signal-kept = { $signal }: deleted on one side, edited on the other
conflict-signal-order = { $cell }: order of the signals
conflict-empty = (empty)

## Lanes, personas and lines

a11y-emotion = { $persona }: { $score }
a11y-lane-value = { $lane } × { $stage }
change-emotion = { $lane } × { $stage }: emotion of { $persona } { $old } → { $new }
change-emotion-note = { $lane } × { $stage }: note on { $persona }'s emotion { $old } → { $new }
change-lane-kind = lane { $lane } holds { $kind }
change-lane-number = { $lane } × { $stage }: { $old } → { $new }
change-lane-setting = lane { $lane }: { $setting } { $old } → { $new }
change-lane-text = { $lane } × { $stage }: { $old } → { $new }
change-line-moved = line { $line } moved below { $row }
change-line-top = line { $line } moved to the top
change-list-lane = lane
change-list-line = line
change-list-persona = persona
change-persona-colour = persona { $persona }: colour { $old } → { $new }
cmd-add-text-lane = Add text lane
    .description = Add a lane of words (goals, thinking, pain points…) after the selected lane
cmd-add-emotion-lane = Add emotion lane
    .description = Add a lane of each persona's emotion, drawn as curves
cmd-add-metric-lane = Add metric lane
    .description = Add a lane of numbers with a unit and a target (NPS, waiting time…)
cmd-add-line = Add divider line
    .description = Add a named line below the selected row, such as the line of visibility
cmd-add-persona = Add persona
    .description = Add a persona to the map, with its own colour and marker, and edit its name
cmd-copy = Copy lane value
    .description = Copy the selected lane value
cmd-paste = Paste lane value
    .description = Put the copied lane value in the selected one
cmd-next-persona = Next persona
    .description = Show all personas' lanes and curves, then each persona's in turn
colour-purple = Purple
colour-teal = Teal
colour-indigo = Indigo
colour-olive = Olive
colour-wine = Wine
colour-cyan = Cyan
colour-brown = Brown
colour-slate = Slate
conflict-emotion = { $place }: emotion of { $persona }
conflict-emotion-note = { $place }: note on the emotion of { $persona }
conflict-lane-kept = lane { $lane }: deleted on one side, edited on the other
conflict-lane-name = lane { $lane }: name
conflict-lane-number = { $place }: value
conflict-lane-order = order of the lanes
conflict-lane-setting = lane { $lane }: { $setting }
conflict-lane-text = { $place }: text
conflict-lane-value = { $lane } × { $stage }
conflict-line-kept = line { $line }: deleted on one side, edited on the other
conflict-line-name = line { $line }: name
conflict-line-order = order of the lines
conflict-line-place = line { $line }: place
conflict-persona-colour = persona { $persona }: colour
conflict-persona-kept = persona { $persona }: deleted on one side, edited on the other
conflict-persona-named-description = persona { $persona }: description
conflict-persona-named-name = persona { $persona }: name
conflict-persona-order = order of the personas
drag-lane = Lane { $name }
drag-line = Line { $name }
header-add-row = + Add…
header-add-row-hint = Add a channel, a lane or a divider line
header-add-channel-item = Channel
header-add-text = Text lane
header-add-emotion = Emotion lane
header-add-metric = Metric lane
header-add-line = Divider line
header-add-line-below = Add divider line below
header-lane = Lane { $name }
header-line = Line { $name }
inspector-add-persona = Add persona
inspector-back-to-map = Back to the map's settings
inspector-colour = Colour
inspector-delete-lane = Delete lane…
inspector-delete-line = Delete line
inspector-delete-persona = Delete persona…
inspector-lane = Lane
inspector-lane-settings = Lane settings
inspector-last-persona = A map keeps at least one persona
inspector-line = Divider line
inspector-persona-edit = Edit this persona
inspector-personas = Personas
inspector-personas-full = A map has at most { $most } personas
key-emotion-score = emotion
    .description = On an emotion lane: set the persona's emotion to −2 … +2
key-clear-emotion = clears
    .description = On an emotion lane: clear the persona's emotion
lane-above = above the channels
lane-below = below the channels
lane-higher = higher
lane-lower = lower
lane-clear-value = Clear value
lane-detail-persona = { $kind } · { $persona }
lane-detail-unit = { $kind } · { $unit }
lane-emotion-hint = Drag a point up or down in the grid, or press 1–5 (0 clears) with the value selected.
lane-higher-better = Higher is better
lane-lower-better = Lower is better
lane-kind-text = Text lane
lane-kind-emotion = Emotion lane
lane-kind-metric = Metric lane
lane-move-up = Move up
lane-move-down = Move down
lane-not-a-number = Not a number: type digits, such as 32 or 4.1
lane-note = Note
lane-persona = Persona
lane-persona-all = All personas
lane-place = Place
lane-setting-persona = persona
lane-setting-place = place
lane-setting-unit = unit
lane-setting-target = target
lane-setting-better = better when
lane-target = Target
lane-text = Text
lane-unit = Unit
lane-value = Value
line-below = Drawn below
line-move-up = Move up a row
line-move-down = Move down a row
line-place-top = the top
metric-off-target = short of target { $target }
metric-on-target = on target { $target }
metric-target = target { $target }
new-lane-text = New lane
new-lane-emotion = Emotion
new-lane-metric = Metric
new-line-name = Line of visibility
new-persona-name = Persona { $number }
persona-all = All personas
persona-one = One persona
persona-unnamed = Unnamed persona
prompt-delete-lane = Delete lane “{ $name }” and its { $cells ->
    [one] value
   *[other] { $cells } values
}?
prompt-delete-persona = Delete persona “{ $name }” and { $cells ->
    [one] its emotion on one stage
   *[other] its emotions on { $cells } stages
}? Its lanes then belong to all personas.
step-add-lane = add lane
step-add-line = add line
step-add-persona = add persona
step-delete-lane = delete lane
step-delete-line = delete line
step-delete-persona = delete persona
step-edit-lane = edit lane
step-edit-lane-value = edit lane value
step-move-lane = move lane
step-move-line = move line
step-move-persona = move persona
step-rename-lane = rename lane
step-rename-line = rename line
status-persona = Persona
menu-persona = Persona shown

## What a screen reader hears

# "Real experience −1 Negative", said when a key changes it.
said-value = { $field } { $value }
said-card-moved = Card moved to { $place }
said-signal-moved = Signal moved to { $place }
# "Purchase, now 3 of 6".
said-moved = { $name }, now { $place } of { $count }
a11y-place = { $stage }, { $channel }
# The grid as a table: its name, and each cell's.
a11y-table = Journey map { $title }
a11y-cell-full = { $place }: { $details }
a11y-cell-empty = { $place }: empty
a11y-cell-owner = owner { $owner }
a11y-cell-scores = ideal { $ideal }, real { $real }, gap { $gap }
a11y-cell-action = action: { $action }
a11y-cell-signals = { $positive } positive, { $negative } negative { $negative ->
        [one] signal
       *[other] signals
    }
a11y-separator = {"; "}
a11y-signal-positive = Positive signal: { $text }
a11y-signal-negative = Negative signal: { $text }
cmd-context-menu = Actions of the selection…
    .description = Open the selected cell's, header's or line's actions, as a right-click does
cmd-inspector-wider = Wider inspector
    .description = Make the inspector wider, as dragging its edge does
cmd-inspector-narrower = Narrower inspector
    .description = Make the inspector narrower
a11y-resize-panel = Resize the panel
a11y-scroll-across = Scroll across
a11y-scroll-down = Scroll up and down
# Survey results (File → Import survey results…, the inspector, the card)
cmd-import-survey = Import survey results…
    .description = Measure the map's cells with a survey's answers (NPS, CSAT, CES)
cmd-use-measured-scores = Use measured scores
    .description = Set every measured cell's real score to the one its measure suggests
step-import-survey = import survey results
step-use-measured-scores = use measured scores
said-steps = Done: { $step }, { $count ->
        [one] one change
       *[other] { $count } changes
    }
notice-nothing-changed = Nothing changed
format-survey = Survey results (CSV, Excel, LibreOffice)
browse-import-survey = Import survey results
error-import-survey = The survey results could not be read.
survey-qualtrics = Qualtrics export (three header rows)
survey-surveymonkey = SurveyMonkey export (two header rows)
survey-google-forms = Google Forms export
survey-plain = Table with one header row
survey-title = Import survey results
survey-import = Import
survey-stage = Stage column
survey-channel = Channel column
survey-no-channel = None: one value per stage, in a metric lane
survey-score = Answer column
survey-date = Date column
survey-no-date = None
survey-pick-column = Choose a column
survey-metric = Count as
survey-metric-nps = NPS
    .hint = Net Promoter Score, −100 to 100: % answering 9–10 minus % answering 0–6
survey-metric-csat = CSAT
    .hint = Satisfaction: % of answers in the scale's top two boxes
survey-metric-ces = CES
    .hint = Customer effort: the mean answer, higher meaning easier
survey-metric-mean = Mean
    .hint = The mean answer on its scale
survey-scale = Scale
survey-scale-worst = worst answer
survey-scale-best = best answer
survey-row = row { $row }
survey-choose-columns = Choose the stage and answer columns to see what would be imported.
survey-summary-cells = { $rows } answer rows: { $counted } answers counted for { $places ->
        [one] one cell
       *[other] { $places } cells
    }
survey-summary-stages = { $rows } answer rows: { $counted } answers counted for { $places ->
        [one] one stage
       *[other] { $places } stages
    }
survey-summary-lane = The values go to the metric lane “{ $lane }”.
survey-left-empty = { $count } empty answers left out
survey-left-not-numbers = { $count } answers that are not numbers left out
survey-left-off-scale = { $count } answers off the scale left out
survey-unmatched = { $count ->
        [one] One row names nothing in the map:
       *[other] { $count } rows name nothing in the map:
    }
survey-unmatched-row = Row { $row }: stage “{ $stage }”, channel “{ $channel }”
survey-unmatched-stage = Row { $row }: stage “{ $stage }”
survey-unmatched-more = and { $count } more
survey-uncertain = { $count ->
        [one] One measure rests
       *[other] { $count } measures rest
    } on fewer than { $few } answers: uncertain
survey-disagree = { $count ->
        [one] One cell's typed real score is
       *[other] { $count } cells' typed real scores are
    } two or more steps from the measure. Nothing typed is changed; “Use measured scores” in the Edit menu sets them.
survey-error-empty = The file is empty.
survey-error-encoding = Line { $line }, field { $field }: the text is not UTF-8. Save the file as “CSV UTF-8” and import it again.
survey-error-syntax = Line { $line }: { $message }
inspector-measured = Measured
measure-n-interval = n { $n } · 95% { $interval }
measure-source = { $source }, { $question }
measure-source-dates = { $source }, { $question } · { $dates }
measure-suggests = Suggests real { $score }
measure-disagrees = ⚠ The typed real score is two or more steps away.
measure-uncertain = ⚠ Fewer than { $few } answers: uncertain.
measure-use = Use { $score } as real
measure-remove = Remove measure
measure-card-few = few
words-measured = { $channel } × { $stage }: { $measure } suggests { $suggested }, typed { $real }
insights-measured-section = Measured experience
insights-measured-agree = Every measured cell's typed real score is within a step of its measure.
insights-measured-disagree = The typed real score is two or more steps from the measure:
insights-measured-uncertain = Measures on fewer than { $few } answers (uncertain):
infographic-measures = Measured: NPS, CSAT, CES or a mean of survey answers above the real badge; n = answers; few = under { $few } answers.
infographic-measures-disagree = the typed real score is two or more steps from the measure
measure-interval = 95% { $interval }
html-measures = Measured: NPS, CSAT, CES or a mean of survey answers, with n the number of answers, the 95% interval and the survey file; few = under { $few } answers.
present-measure = Measured: { $measure } (95% { $interval }), { $source }
change-measure-added = measured { $channel } × { $stage } from { $source } ({ $question }): { $new }
change-measure-removed = measure from { $source } ({ $question }) removed from { $channel } × { $stage }: was { $old }
change-measure-changed = { $channel } × { $stage } measured again from { $source } ({ $question }): { $old } → { $new }
a11y-cell-measure = measured { $measure }
a11y-cell-measure-disagrees = measured { $measure }, two or more steps from the real score
measure-range = { $low } to { $high }
survey-sheet = Sheet
