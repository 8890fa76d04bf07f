import { sfCommand } from '../../sf-command.js';
import { deactivateCommand } from '../../../scripts/commands/user-state.js';

export default class Deactivate extends sfCommand(deactivateCommand) {}
