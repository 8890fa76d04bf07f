import { sfCommand } from '../../sf-command.js';
import { generateCommand } from '../../../scripts/commands/generate.js';

export default class Generate extends sfCommand(generateCommand) {}
