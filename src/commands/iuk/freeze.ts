import { sfCommand } from '../../sf-command.js';
import { freezeCommand } from '../../../scripts/commands/user-state.js';

export default class Freeze extends sfCommand(freezeCommand) {}
