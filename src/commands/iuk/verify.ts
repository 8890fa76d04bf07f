import { sfCommand } from '../../sf-command.js';
import { verifyCommand } from '../../../scripts/commands/verify.js';

export default class Verify extends sfCommand(verifyCommand) {}
