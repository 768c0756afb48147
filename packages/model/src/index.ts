/**
 * @cairn/model: the Yjs layout of Cairn's boards and the named operations that change them.
 * No React, no network: the server, the web client and third-party tools share this package.
 * One section per layer: core (shared by every kind), board (dispatch by kind), then each kind.
 */

// core
export { createId, ID_LENGTH, systemEnv } from './lib/core/ModelEnv.js';
export type { ModelEnv } from './lib/core/ModelEnv.js';
export { ModelError } from './lib/core/ModelError.js';
export type { ModelErrorCode } from './lib/core/ModelError.js';
export type { OperationContext } from './lib/core/OperationContext.js';
export { addLink, LINKS_FIELD, linkKey, readLinks, removeLink } from './lib/core/links.js';
export type { LinkTarget } from './lib/core/links.js';
export { compareOrdered } from './lib/core/orderKeys.js';
export { readBoardTitle } from './lib/core/readBoardTitle.js';
export { readKind, readMeta } from './lib/core/readMeta.js';
export type { BoardMetaView } from './lib/core/readMeta.js';
export { renameBoard } from './lib/core/renameBoard.js';
export {
  createRichText,
  readRichTextPlain,
  richTextOf,
  writeRichTextPlain,
} from './lib/core/richText.js';
export {
  BOARD_KINDS,
  DEFAULT_HORIZONS,
  DEFAULT_LANE_NAME,
  ITEM_FIELDS,
  ITEM_STATUSES,
  LIMITS,
  SCHEMA_VERSION,
} from './lib/core/schema.js';
export type { BoardKind, ItemStatus, Placement } from './lib/core/schema.js';
export { isTransactionOrigin } from './lib/core/TransactionOrigin.js';
export type { TransactionOrigin } from './lib/core/TransactionOrigin.js';

// facilitation (canvas workshops; written by the server only)
export {
  FACILITATION,
  FACILITATION_KEYS,
  FACILITATION_LIMITS,
} from './lib/facilitation/facilitationSchema.js';
export type {
  FacilitationPerson,
  FacilitationView,
  TimerView,
  VoteResult,
  VoteView,
} from './lib/facilitation/facilitationSchema.js';
export { isFacilitator, readFacilitation } from './lib/facilitation/readFacilitation.js';
export { FACILITATION_NAME_LENGTH } from './lib/facilitation/facilitationMap.js';
export { addFacilitator, removeFacilitator } from './lib/facilitation/facilitatorOperations.js';
export { rankVoteResults } from './lib/facilitation/rankVoteResults.js';
export type { Ballot } from './lib/facilitation/rankVoteResults.js';
export { startTimer, stopTimer } from './lib/facilitation/timerOperations.js';
export {
  clearVote,
  openVote,
  revealVote,
  setVoteVoters,
} from './lib/facilitation/voteOperations.js';
export type { NewVote } from './lib/facilitation/voteOperations.js';

// board: any kind
export { initBoard } from './lib/board/initBoard.js';
export type { NewBoard } from './lib/board/initBoard.js';
export { createBoardReader, readBoard } from './lib/board/readBoard.js';
export type { BoardView } from './lib/board/readBoard.js';
export { CHANGE_TYPES } from './lib/history/boardChange.js';
export { describeChange, humanizeValue, quoteOneLine } from './lib/history/describeChange.js';
export { diffBoards } from './lib/history/diffBoards.js';
export type {
  BoardChange,
  BoardDiff,
  DateField,
  DiffExtras,
  EntryCollection,
  EntryNoun,
  EntryRef,
  ShapeEntry,
  ShapeStates,
} from './lib/history/diffBoards.js';
export { CHANGE_GROUP_TITLES, formatChangelog } from './lib/history/formatChangelog.js';
export type { ChangelogInput } from './lib/history/formatChangelog.js';
export {
  documentOfState,
  readBoardState,
  restoreBoardState,
} from './lib/history/restoreBoardState.js';
export { syncDocument } from './lib/history/syncDocument.js';
export type { SyncOptions } from './lib/history/syncDocument.js';

// roadmap
export { addItem } from './lib/roadmap/addItem.js';
export type { NewItem } from './lib/roadmap/addItem.js';
export { deleteItem } from './lib/roadmap/deleteItem.js';
export { addDependency, removeDependency } from './lib/roadmap/dependencyOperations.js';
export type {
  DependencyWarning,
  DependencyWarningReason,
} from './lib/roadmap/dependencyWarnings.js';
export type { ItemFieldsInput } from './lib/roadmap/itemFields.js';
export { itemMap } from './lib/roadmap/itemMap.js';
export { addLane, deleteLane, moveLane, renameLane } from './lib/roadmap/laneOperations.js';
export { moveItem } from './lib/roadmap/moveItem.js';
export type { PlacementTarget } from './lib/roadmap/computePlacement.js';
export type { NewRoadmap } from './lib/roadmap/prepareRoadmap.js';
export type { ItemPlanFields } from './lib/roadmap/readItemFields.js';
export type { ReleaseView } from './lib/roadmap/readReleases.js';
export { readRoadmap } from './lib/roadmap/readRoadmap.js';
export type { AxisView, ItemView, RoadmapView } from './lib/roadmap/readRoadmap.js';
export { addRelease, deleteRelease, updateRelease } from './lib/roadmap/releaseOperations.js';
export type { NewRelease, ReleasePatch } from './lib/roadmap/releaseOperations.js';
export { isRoadmapDate } from './lib/roadmap/roadmapDate.js';
export {
  ITEM_HEALTHS,
  RELEASE_FIELDS,
  RELEASE_TYPES,
  RELEASES,
  RICE_IMPACTS,
  ROADMAP_ITEM_FIELDS,
  ROADMAP_LIMITS,
} from './lib/roadmap/roadmapSchema.js';
export type { ItemHealth, ReleaseType, RiceImpact } from './lib/roadmap/roadmapSchema.js';
export { updateItem } from './lib/roadmap/updateItem.js';

// strategy
export {
  addCompetitor,
  deleteCompetitor,
  updateCompetitor,
} from './lib/strategy/competitorOperations.js';
export type { CompetitorFieldsInput, NewCompetitor } from './lib/strategy/competitorOperations.js';
export type { GoalFieldsInput, KeyResultEntry } from './lib/strategy/goalFields.js';
export { addGoal, deleteGoal, updateGoal } from './lib/strategy/goalOperations.js';
export type { NewGoal } from './lib/strategy/goalOperations.js';
export type { KeyResultPatch, NewKeyResult } from './lib/strategy/keyResultFields.js';
export {
  addKeyResult,
  deleteKeyResult,
  updateKeyResult,
} from './lib/strategy/keyResultOperations.js';
export { keyResultProgress } from './lib/strategy/keyResultProgress.js';
export { moveStrategyItem } from './lib/strategy/moveStrategyItem.js';
export type { NewStrategy } from './lib/strategy/prepareStrategy.js';
export { readStrategy } from './lib/strategy/readStrategy.js';
export type {
  CompetitorView,
  GoalView,
  KeyResultView,
  PositioningView,
  StrategyItemView,
  StrategyView,
} from './lib/strategy/readStrategy.js';
export { setPositioning, setVision } from './lib/strategy/statementOperations.js';
export {
  GOAL_STATUSES,
  STRATEGY_ITEM_TYPES,
  STRATEGY_LIMITS,
} from './lib/strategy/strategySchema.js';
export type { GoalStatus, StrategyItemType } from './lib/strategy/strategySchema.js';

// personas
export { isCalendarDate } from './lib/personas/isCalendarDate.js';
export type { PersonaFieldsInput, QuoteEntry } from './lib/personas/personaFields.js';
export {
  addPersona,
  deletePersona,
  movePersona,
  updatePersona,
} from './lib/personas/personaOperations.js';
export type { NewPersona } from './lib/personas/personaOperations.js';
export { personaMap } from './lib/personas/personaMap.js';
export { PERSONA_FIELDS, PERSONA_LIMITS } from './lib/personas/personasSchema.js';
export type { NewPersonas } from './lib/personas/preparePersonas.js';
export type { NewQuote, QuotePatch } from './lib/personas/quoteFields.js';
export { addQuote, deleteQuote, updateQuote } from './lib/personas/quoteOperations.js';
export { readPersonas } from './lib/personas/readPersonas.js';
export type { PersonasItemView, PersonasView, QuoteView } from './lib/personas/readPersonas.js';

// launch
export { addTask } from './lib/launch/addTask.js';
export type { NewTask } from './lib/launch/addTask.js';
export { computeReadiness } from './lib/launch/computeReadiness.js';
export type { Readiness } from './lib/launch/computeReadiness.js';
export { deleteTask } from './lib/launch/deleteTask.js';
export { findTaskEntry } from './lib/launch/findTaskEntry.js';
export { GO_TO_MARKET_TASKS } from './lib/launch/goToMarketTemplate.js';
export type { TemplateTask } from './lib/launch/goToMarketTemplate.js';
export {
  addCalendarDays,
  formatLaunchDate,
  isLaunchDate,
  offsetLabel,
  validateLaunchDate,
} from './lib/launch/launchDate.js';
export {
  DEFAULT_LAUNCH_TIER,
  DEFAULT_TRACKS,
  LAUNCH_LIMITS,
  LAUNCH_META_FIELDS,
  LAUNCH_TEMPLATES,
  LAUNCH_TIERS,
  TASK_FIELDS,
  TASK_STATUSES,
  TRACK_FIELDS,
  TRACKS,
} from './lib/launch/launchSchema.js';
export type { LaunchTemplate, LaunchTier, TaskStatus } from './lib/launch/launchSchema.js';
export { moveTask } from './lib/launch/moveTask.js';
export type { TaskTarget } from './lib/launch/moveTask.js';
export type { NewLaunch } from './lib/launch/prepareLaunch.js';
export { readLaunch } from './lib/launch/readLaunch.js';
export type { LaunchItemView, LaunchTrackView, LaunchView } from './lib/launch/readLaunch.js';
export { setLaunchDate } from './lib/launch/setLaunchDate.js';
export { setLaunchTier } from './lib/launch/setLaunchTier.js';
export type { TaskFieldsInput } from './lib/launch/taskFields.js';
export { addTrack, deleteTrack, moveTrack, renameTrack } from './lib/launch/trackOperations.js';
export { updateTask } from './lib/launch/updateTask.js';

// canvas
export { addNote } from './lib/canvas/addNote.js';
export type { NewNote } from './lib/canvas/addNote.js';
export {
  CANVAS_LIMITS,
  DEFAULT_NOTE_COLOR,
  DEFAULT_NOTE_SIZE,
  NOTE_COLORS,
} from './lib/canvas/canvasSchema.js';
export type { NoteColor, NotePosition, NoteSize } from './lib/canvas/canvasSchema.js';
export { deleteNote } from './lib/canvas/deleteNote.js';
export { moveNote } from './lib/canvas/moveNote.js';
export type { NoteFieldsInput } from './lib/canvas/noteFields.js';
export type { NewCanvas } from './lib/canvas/prepareCanvas.js';
export { readCanvas } from './lib/canvas/readCanvas.js';
export type { CanvasItemView, CanvasView } from './lib/canvas/readCanvas.js';
export { updateNote } from './lib/canvas/updateNote.js';
