import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3057:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 5940:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Argument = void 0;
class Argument {
    constructor(value, range) {
        this.value = value;
        this.range = range;
    }
    toString() {
        return this.value;
    }
    getRange() {
        return this.range;
    }
    getValue() {
        return this.value;
    }
    isAfter(position) {
        if (this.range.end.line < position.line) {
            return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
    }
    isBefore(position) {
        if (this.range.start.line < position.line) {
            return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
    }
}
exports.Argument = Argument;


/***/ }),

/***/ 4022:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Comment = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const line_1 = __nccwpck_require__(7005);
const util_1 = __nccwpck_require__(7459);
class Comment extends line_1.Line {
    constructor(document, range) {
        super(document, range);
    }
    toString() {
        const content = this.getContent();
        if (content) {
            return "# " + content;
        }
        return "#";
    }
    /**
     * Returns the content of this comment. This excludes leading and
     * trailing whitespace as well as the # symbol. If the comment only
     * consists of whitespace, the empty string will be returned.
     */
    getContent() {
        let range = this.getContentRange();
        if (range === null) {
            return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    /**
     * Returns a range that includes the content of the comment
     * excluding any leading and trailing whitespace as well as the #
     * symbol. May return null if the comment only consists of whitespace
     * characters.
     */
    getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        // skip the first # symbol
        for (let i = 1; i < raw.length; i++) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                start = i;
                break;
            }
        }
        if (start === -1) {
            return null;
        }
        // go backwards up to the first # symbol
        for (let i = raw.length - 1; i >= 1; i--) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                end = i + 1;
                break;
            }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
    }
}
exports.Comment = Comment;


/***/ }),

/***/ 9933:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Dockerfile = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const ast = __nccwpck_require__(8390);
const imageTemplate_1 = __nccwpck_require__(3520);
const from_1 = __nccwpck_require__(5377);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Dockerfile extends imageTemplate_1.ImageTemplate {
    constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        /**
         * Whether a FROM instruction has been added to this Dockerfile or not.
         */
        this.foundFrom = false;
        this.document = document;
    }
    getEscapeCharacter() {
        for (const directive of this.directives) {
            if (directive.getDirective() === ast.Directive.escape) {
                const value = directive.getValue();
                if (value === '\\' || value === '`') {
                    return value;
                }
            }
        }
        return '\\';
    }
    getInitialARGs() {
        return this.initialInstructions.getARGs();
    }
    getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
            // not inside the document, invalid position
            return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
            if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
                return this.initialInstructions;
            }
        }
        for (const buildStage of this.buildStages) {
            if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
                return buildStage;
            }
        }
        return this;
    }
    addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
            this.currentBuildStage = new imageTemplate_1.ImageTemplate();
            this.buildStages.push(this.currentBuildStage);
            this.foundFrom = true;
        }
        else if (!this.foundFrom) {
            this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
            this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
    }
    setDirectives(directives) {
        this.directives = directives;
    }
    getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
    }
    getDirectives() {
        return this.directives;
    }
    resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
            let range = from.getRange();
            if (range.start.line <= line && line <= range.end.line) {
                // resolve the FROM variable against the initial ARGs
                let initialARGs = new imageTemplate_1.ImageTemplate();
                for (let instruction of this.initialInstructions.getARGs()) {
                    initialARGs.addInstruction(instruction);
                }
                return initialARGs.resolveVariable(variable, line);
            }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return undefined;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
            // refers to an uninitialized ARG variable,
            // try resolving it against the initial ARGs then
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
                initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
    }
    getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
            let variables = [];
            for (let arg of this.getInitialARGs()) {
                let property = arg.getProperty();
                if (property) {
                    variables.push(property.getName());
                }
            }
            return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
    }
    getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
            return null;
        }
        for (const from of this.getFROMs()) {
            if (from.getBuildStage() === imageName) {
                const range = from.getRange();
                // on the same line then it's an image that shares the name as the build stage
                if (range.start.line === templateFrom.getRange().start.line) {
                    return null;
                }
                return this.getContainingImage(range.start);
            }
        }
        return null;
    }
    getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
            stages.splice(0, 0, stage);
            stage = this.getParentStage(stage);
        }
        return stages;
    }
    getAvailableWorkingDirectories(line) {
        const availableDirectories = new Set();
        for (const image of this.getStageHierarchy(line)) {
            for (const workdir of image.getWORKDIRs()) {
                if (workdir.getRange().end.line < line) {
                    let directory = workdir.getAbsolutePath();
                    if (directory !== undefined && directory !== null) {
                        if (!directory.endsWith("/")) {
                            directory += "/";
                        }
                        availableDirectories.add(directory);
                    }
                }
            }
        }
        return Array.from(availableDirectories);
    }
    /**
     * Internally reorganize the comments in the Dockerfile and allocate
     * them to the relevant build stages that they belong to.
     */
    organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
            if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
                this.initialInstructions.addComment(comments[i]);
            }
            else {
                for (const buildStage of this.buildStages) {
                    if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                        buildStage.addComment(comments[i]);
                    }
                }
            }
        }
    }
    getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
            if (instructions.length > 0) {
                range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
            }
        }
        else if (instructions.length === 0) {
            range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        }
        else {
            const commentStart = comments[0].getRange().start;
            const commentEnd = comments[comments.length - 1].getRange().end;
            const instructionStart = instructions[0].getRange().start;
            const instructionEnd = instructions[instructions.length - 1].getRange().end;
            if (commentStart.line < instructionStart.line) {
                if (commentEnd.line < instructionEnd.line) {
                    range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
                }
                range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
            }
            else if (commentEnd.line < instructionEnd.line) {
                range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
            }
            else {
                range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
            }
        }
        if (range === null) {
            if (this.directives.length === 0) {
                return null;
            }
            return this.directives[0].getRange();
        }
        else if (this.directives.length === 0) {
            return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
    }
}
exports.Dockerfile = Dockerfile;


/***/ }),

/***/ 1077:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Flag = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flagOption_1 = __nccwpck_require__(3700);
class Flag {
    constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
            let offset = document.offsetAt(valueRange.start);
            let nameStart = -1;
            let valueStart = -1;
            let hasOptions = false;
            for (let i = 0; i < value.length; i++) {
                switch (value.charAt(i)) {
                    case '=':
                        hasOptions = true;
                        if (valueStart === -1) {
                            valueStart = i + 1;
                            break;
                        }
                        break;
                    case ',':
                        this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                        nameStart = -1;
                        valueStart = -1;
                        break;
                    default:
                        if (nameStart === -1) {
                            nameStart = i;
                        }
                        break;
                }
            }
            if (hasOptions && nameStart !== -1) {
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
            }
        }
    }
    createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
            return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
    }
    toString() {
        if (this.valueRange) {
            return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
    }
    /**
     * Returns the range that encompasses this entire flag. This includes the
     * -- prefix in the beginning to the last character of the flag's value (if
     * it has been defined).
     *
     * @return the entire range of this flag
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the name of this flag. The name does not include the -- prefix.
     * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
     * not --interval.
     *
     * @return this flag's name
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range that encompasses the flag's name
     *
     * @return the range containing the flag's name
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the value that has been set to this flag. May be null if the
     * flag is invalid and has no value set like a --start-period. If the flag
     * is instead a --start-period= with an equals sign then the flag's value
     * is the empty string.
     *
     * @return this flag's value if it has been defined, null otherwise
     */
    getValue() {
        return this.value;
    }
    /**
     * Returns the range that encompasses this flag's value. If no value has
     * been set then null will be returned.
     *
     * @return the range containing this flag's value, or null if the flag
     *         has no value defined
     */
    getValueRange() {
        return this.valueRange;
    }
    getOption(name) {
        for (const option of this.options) {
            if (option.getName() === name) {
                return option;
            }
        }
        return null;
    }
    getOptions() {
        return this.options;
    }
    hasOptions() {
        return this.options.length > 0;
    }
}
exports.Flag = Flag;


/***/ }),

/***/ 3700:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FlagOption = void 0;
class FlagOption {
    constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
    }
    toString() {
        if (this.valueRange !== null) {
            return this.name + "=" + this.value;
        }
        return this.name;
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
}
exports.FlagOption = FlagOption;


/***/ }),

/***/ 7599:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Heredoc = void 0;
/**
 * Heredoc represents a here-document that has been embedded in a
 * Dockerfile.
 *
 * This API is experimental and subject to change.
 */
class Heredoc {
    constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
    }
    /**
     * Returns the name of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range of the start operator and the name. If the
     * here-document is initialized with <<EOT then the start range would
     * encompass all five characters.
     *
     * This API is experimental and subject to change.
     */
    getStartRange() {
        return this.startRange;
    }
    /**
     * Returns the range of this here-document's name that is declared at
     * the beginning of the here-document with the operator. If the
     * here-document is initialized with <<EOT then the name range would
     * encompass the latter three "EOT" characters.
     *
     * This API is experimental and subject to change.
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the content of this here-document. This may
     * be null if the here-document has no content because:
     * - the start range is the only thing that was declared
     * - the end range was declared immediately and there is no content
     *
     * This API is experimental and subject to change.
     */
    getContentRange() {
        return this.contentRange;
    }
    /**
     * Returns the range of the here-document's name on a line that
     * represents the end of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getDelimiterRange() {
        return this.endRange;
    }
}
exports.Heredoc = Heredoc;


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ImageTemplate = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const onbuild_1 = __nccwpck_require__(5554);
const util_1 = __nccwpck_require__(7459);
const workdir_1 = __nccwpck_require__(7529);
class ImageTemplate {
    constructor() {
        this.comments = [];
        this.instructions = [];
    }
    addComment(comment) {
        this.comments.push(comment);
    }
    getComments() {
        return this.comments;
    }
    addInstruction(instruction) {
        this.instructions.push(instruction);
    }
    getInstructions() {
        return this.instructions;
    }
    getInstructionAt(line) {
        for (let instruction of this.instructions) {
            if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the ARG instructions that are defined in this image.
     */
    getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof arg_1.Arg) {
                args.push(instruction);
            }
        }
        return args;
    }
    /**
     * Gets all the CMD instructions that are defined in this image.
     */
    getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof cmd_1.Cmd) {
                cmds.push(instruction);
            }
        }
        return cmds;
    }
    /**
     * Gets all the COPY instructions that are defined in this image.
     */
    getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof copy_1.Copy) {
                copies.push(instruction);
            }
        }
        return copies;
    }
    /**
     * Gets all the ENTRYPOINT instructions that are defined in this image.
     */
    getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof entrypoint_1.Entrypoint) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the ENV instructions that are defined in this image.
     */
    getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof env_1.Env) {
                args.push(instruction);
            }
        }
        return args;
    }
    getFROM() {
        for (const instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the FROM instructions that are defined in this image.
     */
    getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the HEALTHCHECK instructions that are defined in this image.
     */
    getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof healthcheck_1.Healthcheck) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
            if (instruction instanceof workdir_1.Workdir) {
                workdirs.push(instruction);
            }
        }
        return workdirs;
    }
    getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof onbuild_1.Onbuild) {
                let trigger = instruction.getTriggerInstruction();
                if (trigger) {
                    triggers.push(trigger);
                }
            }
        }
        return triggers;
    }
    getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
            if (arg.isBefore(currentLine)) {
                const property = arg.getProperty();
                if (property) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        for (const env of this.getENVs()) {
            if (env.isBefore(currentLine)) {
                for (const property of env.getProperties()) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        return variables;
    }
    /**
     * Resolves a variable with the given name at the specified line
     * to its value. If null is returned, then the variable has been
     * defined but no value was given. If undefined is returned, then
     * a variable with the given name has not been defined yet as of
     * the given line.
     *
     * @param variable the name of the variable to resolve
     * @param line the line number that the variable is on, zero-based
     * @return the value of the variable as defined by an ARG or ENV
     *         instruction, or null if no value has been specified, or
     *         undefined if a variable with the given name has not
     *         been defined
     */
    resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return property.getValue();
                    }
                }
            }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return property.getValue();
                }
            }
        }
        return undefined;
    }
    getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
            // all templates should have instructions, this only happens for
            // the initial set of instruction
            return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
    }
    contains(position) {
        const range = this.getRange();
        if (range === null) {
            return false;
        }
        return util_1.Util.isInsideRange(position, range);
    }
}
exports.ImageTemplate = ImageTemplate;


/***/ }),

/***/ 5279:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Instruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
const line_1 = __nccwpck_require__(7005);
const argument_1 = __nccwpck_require__(5940);
const heredoc_1 = __nccwpck_require__(7599);
const variable_1 = __nccwpck_require__(3743);
const main_1 = __nccwpck_require__(8390);
class Instruction extends line_1.Line {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
    }
    toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
            value += ' ';
            value += arg.getValue();
        }
        return value;
    }
    getRangeContent(range) {
        if (range === null) {
            return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    getInstructionRange() {
        return this.instructionRange;
    }
    getInstruction() {
        return this.instruction;
    }
    getKeyword() {
        return this.getInstruction().toUpperCase();
    }
    getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
    }
    getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
            return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        switch (fullArgs.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                if (startPosition !== null) {
                                    ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                                }
                                startPosition = null;
                                start = true;
                                comment = false;
                                i = j;
                                break whitespaceCheck;
                            default:
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                        startPosition = null;
                    }
                    start = true;
                    comment = false;
                    i += 2;
                }
                else if (next === '\n') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i++;
                }
                else {
                    i++;
                }
            }
            else if (util_1.Util.isNewline(char)) {
                if (comment) {
                    startPosition = null;
                    start = true;
                    comment = false;
                }
            }
            else {
                if (!comment) {
                    if (startPosition === null) {
                        if (char === '#') {
                            comment = true;
                            continue;
                        }
                        let position = this.document.positionAt(offset + i);
                        if (position.character !== 0) {
                            startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                        }
                    }
                    end = i;
                }
            }
        }
        if (startPosition === null) {
            // should only happen if the last argument is on its own line with
            // no leading whitespace
            ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        }
        else {
            ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
    }
    getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
    }
    getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
            content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
    }
    getArguments() {
        return this.getRawArguments();
    }
    getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        // determines whether the parser has found a space or tab
        // whitespace character that's a part of an escaped newline sequence
        let escapedWhitespaceDetected = false;
        // determines if the parser is currently in an escaped newline sequence
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (util_1.Util.isWhitespace(char)) {
                if (escaping) {
                    escapedWhitespaceDetected = true;
                    if (util_1.Util.isNewline(char)) {
                        // reached a newline, any previously
                        // detected whitespace should be ignored
                        escapedWhitespaceDetected = false;
                        if (comment) {
                            // reached a newline, no longer in a comment
                            comment = false;
                            start = true;
                        }
                    }
                    continue;
                }
                else if (found !== -1) {
                    if (escapeMarker === -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
                    }
                    else {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                    }
                    escapeMarker = -1;
                    escapedArg = "";
                    found = -1;
                }
            }
            else if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        let newlineCheck = fullArgs.charAt(j);
                        switch (newlineCheck) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                comment = false;
                                escaping = true;
                                start = true;
                                if (found !== -1) {
                                    escapeMarker = i;
                                }
                                i = j;
                                break whitespaceCheck;
                            default:
                                escapeMarker = i;
                                if (found === -1) {
                                    i = j - 1;
                                }
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i += 2;
                }
                else if (next === '\n') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i++;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapeMarker = -1;
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    if (next === '$') {
                        escapedArg = escapedArg + char + next;
                    }
                    else if (next === '') {
                        // reached EOF, stop processing
                        break;
                    }
                    else {
                        escapedArg = escapedArg + next;
                    }
                    if (found === -1) {
                        found = i;
                    }
                    i++;
                }
            }
            else if (!comment) {
                if (start && char === '#') {
                    comment = true;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    escapeMarker = -1;
                    escapedArg = escapedArg + char;
                    if (found === -1) {
                        found = i;
                    }
                }
                // non-whitespace character detected, reset
                start = false;
            }
        }
        if (found !== -1) {
            if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
            }
            else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
            }
        }
        return args;
    }
    getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
            const argRange = args[i].getRange();
            let offset = this.document.offsetAt(argRange.start);
            const variables = this.parseVariables(offset, args[i].getValue());
            const swaps = [];
            let requiresExpansion = false;
            for (let variable of variables) {
                const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
                swaps.push(value);
                requiresExpansion = requiresExpansion || value !== undefined;
            }
            if (requiresExpansion) {
                let expanded = "";
                for (let j = 0; j < swaps.length; j++) {
                    const variableRange = variables[j].getRange();
                    const start = this.document.offsetAt(variableRange.start);
                    const end = this.document.offsetAt(variableRange.end);
                    if (swaps[j]) {
                        // replace variable with its resolved value
                        expanded += this.document.getText().substring(offset, start);
                        expanded += swaps[j];
                        offset = end;
                    }
                    else {
                        expanded += this.document.getText().substring(offset, end);
                        offset = end;
                    }
                }
                const argEnd = this.document.offsetAt(argRange.end);
                if (argEnd !== offset) {
                    // if the variable's range doesn't match the argument,
                    // append the remaining text
                    expanded += this.document.getText().substring(offset, argEnd);
                }
                args[i] = new argument_1.Argument(expanded, argRange);
            }
        }
        return args;
    }
    getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
            let range = arg.getRange();
            let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
            const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
            for (const parsedVariable of parsedVariables) {
                variables.push(parsedVariable);
            }
        }
        return variables;
    }
    parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
            switch (arg.charAt(i)) {
                case this.escapeChar:
                    if (arg.charAt(i + 1) === '$') {
                        i++;
                    }
                    break;
                case '$':
                    if (arg.charAt(i + 1) === '{') {
                        let escapedString = "${";
                        let escapedName = "";
                        let nameEnd = -1;
                        let escapedSubstitutionParameter = "";
                        let substitutionStart = -1;
                        let substitutionEnd = -1;
                        let modifierRead = -1;
                        nameLoop: for (let j = i + 2; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    break;
                                case '}':
                                    escapedString += '}';
                                    let modifier = null;
                                    let modifierRange = null;
                                    let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                                    let substitutionRange = null;
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (nameEnd + 1 === j) {
                                        modifier = "";
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                                    }
                                    else {
                                        if (substitutionStart === -1) {
                                            // no substitution parameter found,
                                            // but a modifier character existed,
                                            // just offset the range by 1 from
                                            // the modifier character
                                            substitutionStart = modifierRead + 1;
                                            substitutionEnd = modifierRead + 1;
                                        }
                                        else {
                                            // offset one more from the last
                                            // character found
                                            substitutionEnd = substitutionEnd + 1;
                                        }
                                        modifier = arg.substring(modifierRead, modifierRead + 1);
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                                    }
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), escapedString));
                                    i = j;
                                    continue variableLoop;
                                case ':':
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += ':';
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += ':';
                                    break;
                                case '\n':
                                case '\r':
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    if (nameEnd === -1) {
                                        escapedName += char;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += char;
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += char;
                                    break;
                            }
                        }
                        // no } found, not a valid variable, stop processing
                        break variableLoop;
                    }
                    else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                        // $ followed by whitespace or EOF, ignore this variable
                        continue;
                    }
                    else {
                        let escapedName = "";
                        nameLoop: for (let j = i + 1; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case '\r':
                                case '\n':
                                case ' ':
                                case '\t':
                                    continue;
                                case '$':
                                case '\'':
                                case '"':
                                    let varStart = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                    i = j - 1;
                                    continue variableLoop;
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    // reached EOF after an escape character
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                                    break variableLoop;
                            }
                            if (char.match(/^[a-z0-9_]+$/i) === null) {
                                let varStart = this.document.positionAt(offset + i);
                                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                i = j - 1;
                                continue variableLoop;
                            }
                            escapedName += char;
                        }
                        let start = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                    }
                    break variableLoop;
            }
        }
        return variables;
    }
    isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
            for (const initialArg of this.dockerfile.getInitialARGs()) {
                const arg = initialArg;
                const property = arg.getProperty();
                if (property && variable === property.getName()) {
                    return true;
                }
            }
            return undefined;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return false;
                    }
                }
            }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return true;
                }
            }
        }
        return undefined;
    }
    createSingleLineHeredocs(args) {
        const heredocs = [];
        // instruction only on one line, if heredocs exist they would be incomplete
        for (const arg of args) {
            const value = arg.getValue();
            if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
            }
        }
        return heredocs;
    }
    getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                i = j + 1;
                                continue nameLoop;
                            case '\n':
                                i = j;
                                continue nameLoop;
                            default:
                                name += content.charAt(j);
                                i = j;
                                continue nameLoop;
                        }
                    }
                    break;
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue nameLoop;
                            }
                        }
                    }
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    if (escaping) {
                        break;
                    }
                default:
                    name += ch;
                    break;
            }
        }
        return name;
    }
    getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case '"':
                case '\'':
                    if (quote === ch) {
                        break contentLoop;
                    }
                    quote = ch;
                    continue;
                case this.escapeChar:
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case '\n':
                                escaping = true;
                                j = i;
                                continue contentLoop;
                        }
                    }
                    break;
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '<':
                    if (endFound) {
                        searchHyphen = true;
                    }
                    else {
                        endFound = true;
                    }
                    break;
                case '-':
                    if (searchHyphen) {
                        searchHyphen = false;
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (start === -1) {
                        start = i;
                    }
                    if (quote !== null) {
                        end = i + 1;
                        break;
                    }
                    break contentLoop;
            }
        }
        if (start === -1) {
            return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
    }
    getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                j++;
                            case '\n':
                                i = j;
                                continue contentLoop;
                            default:
                                i = j;
                                continue contentLoop;
                        }
                    }
                    break;
                case '\r':
                    break;
                case '\n':
                    if (escaping) {
                        break;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        contentEnd = i;
                        const arg = heredocDefinitions[currentHeredoc];
                        const startRange = arg.getRange();
                        const nameRange = this.getNameRange(startRange);
                        const name = this.getName(nameRange);
                        const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                        if (delimiterRange !== null) {
                            const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                            contentStart = -1;
                            currentHeredoc++;
                        }
                        lineStart = -1;
                    }
                    else {
                        // found a newline that hasn't been escaped,
                        // must be in a heredoc
                        const offsetLimit = startOffset + i;
                        for (const arg of args) {
                            // check if this argument is on the initial line of the instruction,
                            // note that it may not all be on the same line due to escaped newlines,
                            // because of that we need to use offset checks instead of line checks
                            // as an argument being on a different line in the document does not
                            // imply it is on a different line from the Dockerfile's point of view
                            if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                                if (arg.getValue().startsWith("<<")) {
                                    heredocDefinitions.push(arg);
                                }
                            }
                            else {
                                break;
                            }
                        }
                        heredocsProcessed = true;
                        lineStart = -1;
                        continue contentLoop;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaping) {
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (escaping) {
                        escaping = false;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        if (lineStart === -1) {
                            lineStart = i;
                        }
                    }
                    break;
            }
        }
        if (heredocsProcessed) {
            const arg = heredocDefinitions[currentHeredoc];
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            let contentRange = null;
            // check if the last line of this instruction matches the name of the last heredoc
            const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
            if (delimiterRange === null) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
            }
            else if (contentEnd !== -1) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
            }
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
            currentHeredoc++;
            for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
                currentHeredoc++;
            }
        }
        else {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        return heredocs;
    }
    getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
            // remove tabs in the front
            let index = 0;
            while (text.charAt(index) === '\t') {
                index++;
            }
            if (text.substring(index) === name) {
                return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
            }
            return null;
        }
        return text === name ? candidateRange : null;
    }
}
exports.Instruction = Instruction;


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Add = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Add extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
}
exports.Add = Add;


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Arg = void 0;
const property_1 = __nccwpck_require__(9602);
const propertyInstruction_1 = __nccwpck_require__(4984);
class Arg extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
            this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        }
        else {
            this.property = null;
        }
    }
    /**
     * Returns the variable defined by this ARG. This may be null if
     * this ARG instruction is malformed and has no variable
     * declaration.
     */
    getProperty() {
        return this.property;
    }
}
exports.Arg = Arg;


/***/ }),

/***/ 5517:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Cmd = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Cmd extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Cmd = Cmd;


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Copy = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Copy extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Copy = Copy;


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Entrypoint = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Entrypoint extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Entrypoint = Entrypoint;


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Env = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
class Env extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Env = Env;


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.From = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class From extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
    }
    /**
     * Returns the name of the image that will be used as the base image.
     *
     * @return the base image's name, or null if unspecified
     */
    getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
            return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
            const ch = imageName.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaped = true;
                    break;
                case '\r':
                    continue;
                case '\n':
                    commented = false;
                    break;
                case ' ':
                case '\t':
                    break;
                case '#':
                    if (escaped) {
                        commented = true;
                    }
                    else {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
                default:
                    if (!commented) {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
            }
        }
        return name;
    }
    /**
     * Returns the range that covers the name of the image used by
     * this instruction.
     *
     * @return the range of the name of this instruction's argument,
     *         or null if no image has been specified
     */
    getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
            let registryRange = this.getRegistryRange();
            if (registryRange) {
                range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
            }
            let tagRange = this.getImageTagRange();
            let digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            return range;
        }
        return null;
    }
    /**
     * Returns the range that covers the image argument of this
     * instruction. This includes the tag or digest of the image if
     * it has been specified by the instruction.
     *
     * @return the range of the image argument, or null if no image
     *         has been specified
     */
    getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
    }
    getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
    }
    /**
     * Returns the range in the document that the tag of the base
     * image encompasses.
     *
     * @return the base image's tag's range in the document, or null
     *         if no tag has been specified
     */
    getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
            const rangeStartOffset = this.document.offsetAt(range.start);
            const content = this.getRangeContent(range);
            const atIndex = this.indexOf(rangeStartOffset, content, '@');
            const slashIndex = content.indexOf('/');
            if (atIndex === -1) {
                const colonIndex = this.lastIndexOf(rangeStartOffset, content, ':');
                if (colonIndex > slashIndex) {
                    return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
                }
            }
            const subcontent = content.substring(0, atIndex);
            const subcolonIndex = subcontent.indexOf(':');
            if (subcolonIndex === -1) {
                return null;
            }
            if (slashIndex === -1) {
                // slash not found suggests no registry and no namespace defined
                return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
            }
            // both colon and slash found, check if it is a port
            if (subcolonIndex < slashIndex) {
                return null;
            }
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
    }
    getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
    }
    /**
     * Returns the range in the document that the digest of the base
     * image encompasses.
     *
     * @return the base image's digest's range in the document, or null
     *         if no digest has been specified
     */
    getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
            let content = this.getRangeContent(range);
            let index = this.lastIndexOf(this.document.offsetAt(range.start), content, '@');
            if (index !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
            }
        }
        return null;
    }
    indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                const offset = this.document.offsetAt(variableRange.end) - documentOffset;
                const substring = content.substring(offset);
                const subIndex = substring.indexOf(searchString);
                if (subIndex === -1) {
                    return -1;
                }
                index = subIndex + offset;
                i = -1;
                continue;
            }
        }
        return index;
    }
    lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                index = content.substring(0, index).lastIndexOf(searchString);
                if (index === -1) {
                    return -1;
                }
                i = -1;
                continue;
            }
        }
        return index;
    }
    getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
    }
    getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
            const tagRange = this.getImageTagRange();
            const digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            const content = this.getRangeContent(range);
            const rangeStart = this.document.offsetAt(range.start);
            const startingSlashIndex = this.indexOf(rangeStart, content, '/');
            if (startingSlashIndex === -1) {
                return null;
            }
            const portIndex = this.indexOf(rangeStart, content, ':');
            const dotIndex = this.indexOf(rangeStart, content, '.');
            // hostname detected
            if (portIndex !== -1 || dotIndex !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
            const registry = content.substring(0, startingSlashIndex);
            // localhost registry detected
            if (registry === 'localhost') {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
        }
        return null;
    }
    getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
    }
    getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
            return args[2].getRange();
        }
        return null;
    }
    getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
    }
}
exports.From = From;


/***/ }),

/***/ 1167:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Healthcheck = void 0;
const modifiableInstruction_1 = __nccwpck_require__(2393);
class Healthcheck extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
    }
    getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
    }
}
exports.Healthcheck = Healthcheck;


/***/ }),

/***/ 3871:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Label = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
const util_1 = __nccwpck_require__(7459);
class Label extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        // iterate over all of this LABEL's properties
        for (const property of properties) {
            const value = property.getUnescapedValue();
            // check if the value is contained in single quotes,
            // single quotes would indicate a literal value
            if (value !== null && value.length > 2 && value.charAt(0) === '\'' && value.charAt(value.length - 1) === '\'') {
                const range = property.getValueRange();
                for (let i = 0; i < variables.length; i++) {
                    // if a variable is in a single quote, remove it from the list
                    if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                        variables.splice(i, 1);
                        i--;
                    }
                }
            }
        }
        return variables;
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Label = Label;


/***/ }),

/***/ 5554:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Onbuild = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const parser_1 = __nccwpck_require__(7988);
const instruction_1 = __nccwpck_require__(5279);
class Onbuild extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
    }
    getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
    }
    getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
    }
    getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
            return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
    }
}
exports.Onbuild = Onbuild;


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Run = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Run extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Run = Run;


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Shell = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Shell extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Shell = Shell;


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Stopsignal = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Stopsignal extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Stopsignal = Stopsignal;


/***/ }),

/***/ 3998:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.User = void 0;
const instruction_1 = __nccwpck_require__(5279);
class User extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.User = User;


/***/ }),

/***/ 1347:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Volume = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Volume extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Volume = Volume;


/***/ }),

/***/ 7529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Workdir = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Workdir extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    /**
     * Returns the path that has been defined. Note that this path may
     * be absolute or relative depending on what was written in the
     * instruction.
     *
     * @return the working directory's path, or null if this
     *         instruction has no arguments
     */
    getPath() {
        return this.getArgumentsContent();
    }
    /**
     * Returns the absolute path that this instruction resolves to. The
     * function will inspect prior WORKDIR instructions in the current
     * image or another build stage in the Dockerfile to try to
     * determine this.
     *
     * @return the absolute path of the working directory, or null if
     *         this instruction has no arguments, or undefined if it
     *         cannot be determined because only relative paths could be
     *         found
     */
    getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
            return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
            const workdirs = hierarchy[i].getWORKDIRs();
            for (let j = workdirs.length - 1; j >= 0; j--) {
                if (workdirs[j].getRange().start.line < startLine) {
                    const parent = workdirs[j].getAbsolutePath();
                    if (parent === undefined || parent === null) {
                        return undefined;
                    }
                    return parent.endsWith("/") ? parent + path : parent + "/" + path;
                }
            }
        }
        return undefined;
    }
}
exports.Workdir = Workdir;


/***/ }),

/***/ 3702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONArgument = void 0;
const argument_1 = __nccwpck_require__(5940);
class JSONArgument extends argument_1.Argument {
    constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
    }
    getJSONRange() {
        return this.jsonRange;
    }
    getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
    }
}
exports.JSONArgument = JSONArgument;


/***/ }),

/***/ 5305:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const argument_1 = __nccwpck_require__(5940);
const jsonArgument_1 = __nccwpck_require__(3702);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class JSONInstruction extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
            return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
            let argRange = args[0].getRange();
            this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
            this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
            return;
        }
        else if (args.length === 2 && args[0].getValue() === '[' && args[1].getValue() === ']') {
            this.openingBracket = args[0];
            this.closingBracket = args[1];
            return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
            let char = argsContent.charAt(i);
            switch (char) {
                case '[':
                    if (last === "") {
                        this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        last = '[';
                    }
                    else if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case '"':
                    if (last === '[' || last === ',') {
                        start = i;
                        quoted = true;
                        last = '"';
                        escapedArg = escapedArg + char;
                        continue;
                    }
                    else if (last === '"') {
                        if (quoted) {
                            escapedArg = escapedArg + char;
                            // quoted string done
                            quoted = false;
                            this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                            escapedArg = "";
                        }
                        else {
                            // should be a , or a ]
                            break argsCheck;
                        }
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case ',':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        if (last === '"') {
                            last = ',';
                        }
                        else {
                            break argsCheck;
                        }
                    }
                    break;
                case ']':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else if (last !== "") {
                        this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        break argsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                case '\\':
                    if (quoted) {
                        switch (argsContent.charAt(i + 1)) {
                            case '"':
                            case '\\':
                                escapedArg = escapedArg + argsContent.charAt(i + 1);
                                i++;
                                continue;
                            case ' ':
                            case '\t':
                                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                                    switch (argsContent.charAt(j)) {
                                        case '\r':
                                            // offset one more for \r\n
                                            j++;
                                        case '\n':
                                            i = j;
                                            continue argsCheck;
                                        case ' ':
                                        case '\t':
                                            break;
                                        default:
                                            break escapeCheck;
                                    }
                                }
                                break;
                            case '\r':
                                // offset one more for \r\n
                                i++;
                            default:
                                i++;
                                continue;
                        }
                    }
                    else {
                        escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                            switch (argsContent.charAt(j)) {
                                case '\r':
                                    // offset one more for \r\n
                                    j++;
                                case '\n':
                                    i = j;
                                    continue argsCheck;
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    break escapeCheck;
                            }
                        }
                    }
                    break argsCheck;
                default:
                    if (!quoted) {
                        break argsCheck;
                    }
                    escapedArg = escapedArg + char;
                    break;
            }
        }
    }
    stopSearchingForFlags(_value) {
        return true;
    }
    getOpeningBracket() {
        return this.openingBracket;
    }
    getJSONStrings() {
        return this.jsonStrings;
    }
    getClosingBracket() {
        return this.closingBracket;
    }
}
exports.JSONInstruction = JSONInstruction;


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Line = void 0;
class Line {
    constructor(document, range) {
        this.document = document;
        this.range = range;
    }
    getRange() {
        return this.range;
    }
    getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
    }
    isAfter(line) {
        return this.range.start.line > line.range.start.line;
    }
    isBefore(line) {
        return this.range.start.line < line;
    }
}
exports.Line = Line;


/***/ }),

/***/ 8390:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
var argument_1 = __nccwpck_require__(5940);
Object.defineProperty(exports, "Argument", ({ enumerable: true, get: function () { return argument_1.Argument; } }));
var jsonArgument_1 = __nccwpck_require__(3702);
Object.defineProperty(exports, "JSONArgument", ({ enumerable: true, get: function () { return jsonArgument_1.JSONArgument; } }));
const comment_1 = __nccwpck_require__(4022);
Object.defineProperty(exports, "Comment", ({ enumerable: true, get: function () { return comment_1.Comment; } }));
const parser_1 = __nccwpck_require__(7988);
var flag_1 = __nccwpck_require__(1077);
Object.defineProperty(exports, "Flag", ({ enumerable: true, get: function () { return flag_1.Flag; } }));
const instruction_1 = __nccwpck_require__(5279);
Object.defineProperty(exports, "Instruction", ({ enumerable: true, get: function () { return instruction_1.Instruction; } }));
var line_1 = __nccwpck_require__(7005);
Object.defineProperty(exports, "Line", ({ enumerable: true, get: function () { return line_1.Line; } }));
const parserDirective_1 = __nccwpck_require__(7499);
Object.defineProperty(exports, "ParserDirective", ({ enumerable: true, get: function () { return parserDirective_1.ParserDirective; } }));
var property_1 = __nccwpck_require__(9602);
Object.defineProperty(exports, "Property", ({ enumerable: true, get: function () { return property_1.Property; } }));
var variable_1 = __nccwpck_require__(3743);
Object.defineProperty(exports, "Variable", ({ enumerable: true, get: function () { return variable_1.Variable; } }));
var add_1 = __nccwpck_require__(9618);
Object.defineProperty(exports, "Add", ({ enumerable: true, get: function () { return add_1.Add; } }));
const arg_1 = __nccwpck_require__(4381);
Object.defineProperty(exports, "Arg", ({ enumerable: true, get: function () { return arg_1.Arg; } }));
const cmd_1 = __nccwpck_require__(5517);
Object.defineProperty(exports, "Cmd", ({ enumerable: true, get: function () { return cmd_1.Cmd; } }));
const copy_1 = __nccwpck_require__(444);
Object.defineProperty(exports, "Copy", ({ enumerable: true, get: function () { return copy_1.Copy; } }));
const entrypoint_1 = __nccwpck_require__(1835);
Object.defineProperty(exports, "Entrypoint", ({ enumerable: true, get: function () { return entrypoint_1.Entrypoint; } }));
const env_1 = __nccwpck_require__(1822);
Object.defineProperty(exports, "Env", ({ enumerable: true, get: function () { return env_1.Env; } }));
const from_1 = __nccwpck_require__(5377);
Object.defineProperty(exports, "From", ({ enumerable: true, get: function () { return from_1.From; } }));
const healthcheck_1 = __nccwpck_require__(1167);
Object.defineProperty(exports, "Healthcheck", ({ enumerable: true, get: function () { return healthcheck_1.Healthcheck; } }));
var heredoc_1 = __nccwpck_require__(7599);
Object.defineProperty(exports, "Heredoc", ({ enumerable: true, get: function () { return heredoc_1.Heredoc; } }));
var jsonInstruction_1 = __nccwpck_require__(5305);
Object.defineProperty(exports, "JSONInstruction", ({ enumerable: true, get: function () { return jsonInstruction_1.JSONInstruction; } }));
var label_1 = __nccwpck_require__(3871);
Object.defineProperty(exports, "Label", ({ enumerable: true, get: function () { return label_1.Label; } }));
var modifiableInstruction_1 = __nccwpck_require__(2393);
Object.defineProperty(exports, "ModifiableInstruction", ({ enumerable: true, get: function () { return modifiableInstruction_1.ModifiableInstruction; } }));
var onbuild_1 = __nccwpck_require__(5554);
Object.defineProperty(exports, "Onbuild", ({ enumerable: true, get: function () { return onbuild_1.Onbuild; } }));
var propertyInstruction_1 = __nccwpck_require__(4984);
Object.defineProperty(exports, "PropertyInstruction", ({ enumerable: true, get: function () { return propertyInstruction_1.PropertyInstruction; } }));
var run_1 = __nccwpck_require__(7224);
Object.defineProperty(exports, "Run", ({ enumerable: true, get: function () { return run_1.Run; } }));
var shell_1 = __nccwpck_require__(7523);
Object.defineProperty(exports, "Shell", ({ enumerable: true, get: function () { return shell_1.Shell; } }));
var stopsignal_1 = __nccwpck_require__(4301);
Object.defineProperty(exports, "Stopsignal", ({ enumerable: true, get: function () { return stopsignal_1.Stopsignal; } }));
var user_1 = __nccwpck_require__(3998);
Object.defineProperty(exports, "User", ({ enumerable: true, get: function () { return user_1.User; } }));
var volume_1 = __nccwpck_require__(1347);
Object.defineProperty(exports, "Volume", ({ enumerable: true, get: function () { return volume_1.Volume; } }));
const workdir_1 = __nccwpck_require__(7529);
Object.defineProperty(exports, "Workdir", ({ enumerable: true, get: function () { return workdir_1.Workdir; } }));
var Keyword;
(function (Keyword) {
    Keyword["ADD"] = "ADD";
    Keyword["ARG"] = "ARG";
    Keyword["CMD"] = "CMD";
    Keyword["COPY"] = "COPY";
    Keyword["ENTRYPOINT"] = "ENTRYPOINT";
    Keyword["ENV"] = "ENV";
    Keyword["EXPOSE"] = "EXPOSE";
    Keyword["FROM"] = "FROM";
    Keyword["HEALTHCHECK"] = "HEALTHCHECK";
    Keyword["LABEL"] = "LABEL";
    Keyword["MAINTAINER"] = "MAINTAINER";
    Keyword["ONBUILD"] = "ONBUILD";
    Keyword["RUN"] = "RUN";
    Keyword["SHELL"] = "SHELL";
    Keyword["STOPSIGNAL"] = "STOPSIGNAL";
    Keyword["USER"] = "USER";
    Keyword["VOLUME"] = "VOLUME";
    Keyword["WORKDIR"] = "WORKDIR";
})(Keyword || (exports.Keyword = Keyword = {}));
var Directive;
(function (Directive) {
    Directive["escape"] = "escape";
    Directive["syntax"] = "syntax";
})(Directive || (exports.Directive = Directive = {}));
exports.DefaultVariables = [
    "ALL_PROXY", "all_proxy",
    "FTP_PROXY", "ftp_proxy",
    "HTTP_PROXY", "http_proxy",
    "HTTPS_PROXY", "https_proxy",
    "NO_PROXY", "no_proxy"
];
var DockerfileParser;
(function (DockerfileParser) {
    function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
    }
    DockerfileParser.parse = parse;
})(DockerfileParser || (exports.DockerfileParser = DockerfileParser = {}));


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ModifiableInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flag_1 = __nccwpck_require__(1077);
const instruction_1 = __nccwpck_require__(5279);
class ModifiableInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getFlags() {
        if (!this.flags) {
            this.flags = [];
            for (let arg of this.getArguments()) {
                let value = arg.getValue();
                if (this.stopSearchingForFlags(value)) {
                    return this.flags;
                }
                else if (value.indexOf("--") === 0) {
                    let range = arg.getRange();
                    let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
                    let nameIndex = value.indexOf('=');
                    let index = rawValue.indexOf('=');
                    let firstMatch = false;
                    let secondMatch = false;
                    let startIndex = -1;
                    nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                        switch (rawValue.charAt(i)) {
                            case '\\':
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                                break;
                            case '-':
                                if (secondMatch) {
                                    startIndex = i;
                                    break nameSearchLoop;
                                }
                                else if (firstMatch) {
                                    secondMatch = true;
                                }
                                else {
                                    firstMatch = true;
                                }
                                break;
                            default:
                                startIndex = i;
                                break nameSearchLoop;
                        }
                    }
                    let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
                    if (index === -1) {
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
                    }
                    else if (index === value.length - 1) {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
                    }
                    else {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
                    }
                }
            }
        }
        return this.flags;
    }
    getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
            return args;
        }
        for (let i = 0; i < flags.length; i++) {
            args.shift();
        }
        return args;
    }
}
exports.ModifiableInstruction = ModifiableInstruction;


/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const vscode_languageserver_textdocument_1 = __nccwpck_require__(3383);
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const comment_1 = __nccwpck_require__(4022);
const parserDirective_1 = __nccwpck_require__(7499);
const instruction_1 = __nccwpck_require__(5279);
const add_1 = __nccwpck_require__(9618);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const label_1 = __nccwpck_require__(3871);
const onbuild_1 = __nccwpck_require__(5554);
const run_1 = __nccwpck_require__(7224);
const shell_1 = __nccwpck_require__(7523);
const stopsignal_1 = __nccwpck_require__(4301);
const workdir_1 = __nccwpck_require__(7529);
const user_1 = __nccwpck_require__(3998);
const volume_1 = __nccwpck_require__(1347);
const dockerfile_1 = __nccwpck_require__(9933);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Parser {
    constructor() {
        this.escapeChar = null;
    }
    static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
            case "ADD":
                return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ARG":
                return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "CMD":
                return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "COPY":
                return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENTRYPOINT":
                return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENV":
                return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "FROM":
                return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "HEALTHCHECK":
                return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "LABEL":
                return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ONBUILD":
                return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "RUN":
                return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "SHELL":
                return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "STOPSIGNAL":
                return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "WORKDIR":
                return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "USER":
                return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "VOLUME":
                return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
    }
    getParserDirectives(document, buffer) {
        // reset the escape directive in between runs
        const directives = [];
        this.escapeChar = '';
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
            switch (buffer.charAt(i)) {
                case ' ':
                case '\t':
                    break;
                case '\r':
                case '\n':
                    // blank lines stop the parsing of directives immediately
                    break directiveCheck;
                case '#':
                    let directiveStart = -1;
                    let directiveEnd = -1;
                    for (let j = i + 1; j < buffer.length; j++) {
                        let char = buffer.charAt(j);
                        switch (char) {
                            case ' ':
                            case '\t':
                                if (directiveStart !== -1 && directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                break;
                            case '\r':
                            case '\n':
                                break directiveCheck;
                            case '=':
                                let valueStart = -1;
                                let valueEnd = -1;
                                if (directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                // assume the line ends with the file
                                let lineEnd = buffer.length;
                                directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                                    char = buffer.charAt(k);
                                    switch (char) {
                                        case '\r':
                                        case '\n':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            // line break found, reset
                                            lineEnd = k;
                                            break directiveValue;
                                        case '\t':
                                        case ' ':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            continue;
                                        default:
                                            if (valueStart === -1) {
                                                valueStart = k;
                                            }
                                            break;
                                    }
                                }
                                if (directiveStart === -1) {
                                    // no directive, it's a regular comment
                                    break directiveCheck;
                                }
                                if (valueStart === -1) {
                                    // no non-whitespace characters found, highlight all the characters then
                                    valueStart = j + 1;
                                    valueEnd = lineEnd;
                                }
                                else if (valueEnd === -1) {
                                    // reached EOF
                                    valueEnd = buffer.length;
                                }
                                const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                                const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                                const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                                directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                                directiveStart = -1;
                                if (buffer.charAt(valueEnd) === '\r') {
                                    // skip over the \r
                                    i = valueEnd + 1;
                                }
                                else {
                                    i = valueEnd;
                                }
                                continue directiveCheck;
                            default:
                                if (directiveStart === -1) {
                                    directiveStart = j;
                                }
                                break;
                        }
                    }
                    break;
                default:
                    break directiveCheck;
            }
        }
        return directives;
    }
    parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = '\\';
        if (directives.length > 0) {
            dockerfile.setDirectives(directives);
            this.escapeChar = dockerfile.getEscapeCharacter();
            // start parsing after the directives
            offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        }
        else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
            offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
            const char = this.buffer.charAt(i);
            switch (char) {
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '#':
                    i = this.processComment(dockerfile, i);
                    break;
                default:
                    i = this.processInstruction(dockerfile, char, i);
                    break;
            }
        }
        dockerfile.organizeComments();
        return dockerfile;
    }
    processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
            char = this.buffer.charAt(i);
            switch (char) {
                case this.escapeChar:
                    escapedInstruction = true;
                    char = this.buffer.charAt(i + 1);
                    if (char === '\r' || char === '\n') {
                        if (instructionEnd === -1) {
                            instructionEnd = i;
                        }
                        i++;
                    }
                    else if (char === ' ' || char === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    // found an argument, mark end of instruction
                                    instructionEnd = i + 1;
                                    instruction = instruction + this.escapeChar;
                                    i = j - 2;
                                    continue instructionCheck;
                            }
                        }
                        // reached EOF
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        break instructionCheck;
                    }
                    else {
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        // reset and consider it as one contiguous word
                        escapedInstruction = false;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escapedInstruction) {
                        // on an escaped newline, need to search for non-whitespace
                        escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    break escapeCheck;
                            }
                        }
                        escapedInstruction = false;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
                    return i;
                case '\r':
                case '\n':
                    if (escapedInstruction) {
                        continue;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
                    return i;
                case '#':
                    if (escapedInstruction) {
                        continue;
                    }
                default:
                    instructionEnd = i + 1;
                    instruction = instruction + char;
                    escapedInstruction = false;
                    break;
            }
        }
        // reached EOF
        if (instructionEnd === -1) {
            instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
    }
    processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
            instruction = instruction.getTriggerInstruction();
            if (instruction === null) {
                return offset;
            }
            keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
            return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
            const value = arg.getValue();
            if (value.startsWith("<<") && value.length > 2) {
                if (value.startsWith("<<-")) {
                    tabbed = true;
                }
                const name = util_1.Util.parseHeredocName(value);
                if (name !== null) {
                    heredocs.push(name);
                }
            }
        }
        if (heredocs.length > 0) {
            for (const heredoc of heredocs) {
                offset = this.parseHeredoc(heredoc, offset, tabbed);
            }
        }
        return offset;
    }
    processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    if (escaped) {
                        continue;
                    }
                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
                case this.escapeChar:
                    const next = this.buffer.charAt(i + 1);
                    if (next === '\n' || next === '\r') {
                        escaped = true;
                        i++;
                    }
                    else if (next === ' ' || next === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    escaped = true;
                                default:
                                    i = j;
                                    continue argumentsCheck;
                            }
                        }
                        // reached EOF
                        return this.buffer.length;
                    }
                    continue;
                case '#':
                    if (escaped) {
                        i = this.processComment(dockerfile, i);
                        continue argumentsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                default:
                    if (escaped) {
                        escaped = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    end = i;
                    break commentLoop;
            }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
    }
    parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case ' ':
                    lineStart = false;
                    break;
                case '\t':
                    if (!tabbed) {
                        lineStart = false;
                    }
                    break;
                case '\r':
                case '\n':
                    if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                        return i;
                    }
                    startWord = -1;
                    lineStart = true;
                    break;
                default:
                    if (lineStart) {
                        startWord = i;
                        lineStart = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
    }
}
exports.Parser = Parser;


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ParserDirective = void 0;
const main_1 = __nccwpck_require__(8390);
const line_1 = __nccwpck_require__(7005);
class ParserDirective extends line_1.Line {
    constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
    }
    toString() {
        return "# " + this.getName() + '=' + this.getValue();
    }
    getNameRange() {
        return this.nameRange;
    }
    getValueRange() {
        return this.valueRange;
    }
    getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
    }
    getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
    }
    getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === undefined ? null : directive;
    }
}
exports.ParserDirective = ParserDirective;


/***/ }),

/***/ 9602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Property = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
class Property {
    constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = Property.getValue(value, escapeChar);
        if (arg2) {
            this.valueRange = arg2.getRange();
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = Property.getValue(value, escapeChar);
            this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        }
        else {
            let argRange = arg.getRange();
            if (this.nameRange.start.line === argRange.start.line
                && this.nameRange.start.character === argRange.start.character
                && this.nameRange.end.line === argRange.end.line
                && this.nameRange.end.character === argRange.end.character) {
            }
            else {
                this.valueRange = Property.getValueRange(document, arg);
                value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
                this.value = Property.getValue(value, escapeChar);
                this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
                this.assignmentOperator = "=";
            }
            this.range = argRange;
        }
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
    /**
     * Retrieves the operator used for delimiting between the name and
     * value of this property. This will either be the "=" character
     * or null if a character was not used or if this property has no
     * value defined.
     */
    getAssignmentOperator() {
        return this.assignmentOperator;
    }
    getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
    }
    /**
     * Returns the value of this property including any enclosing
     * single or double quotes and relevant escape characters.
     * Escaped newlines and its associated contiguous whitespace
     * characters however will not be returned as they are deemed to
     * be uninteresting to clients trying to return a Dockerfile.
     *
     * @return the unescaped value of this property or null if this
     *         property has no associated value
     */
    getUnescapedValue() {
        if (this.valueRange === null) {
            return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case this.escapeChar:
                    for (let j = i + 1; j < value.length; j++) {
                        switch (value.charAt(j)) {
                            case '\r':
                                j++;
                            case '\n':
                                escaped = true;
                                i = j;
                                continue rawLoop;
                            case ' ':
                            case '\t':
                                break;
                            default:
                                rawValue = rawValue + char;
                                continue rawLoop;
                        }
                    }
                    // this happens if there's only whitespace after the escape character
                    rawValue = rawValue + char;
                    break;
                case '\r':
                case '\n':
                    break;
                case ' ':
                case '\t':
                    if (!escaped) {
                        rawValue = rawValue + char;
                    }
                    break;
                case '#':
                    if (escaped) {
                        for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    continue rawLoop;
                            }
                        }
                    }
                    else {
                        rawValue = rawValue + char;
                    }
                    break;
                default:
                    rawValue = rawValue + char;
                    escaped = false;
                    break;
            }
        }
        return rawValue;
    }
    static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf('=');
        if (index !== -1) {
            let initial = value.charAt(0);
            let before = value.charAt(index - 1);
            // check if content before the equals sign are in quotes
            // "var"=value
            // 'var'=value
            // otherwise, just assume it's a standard definition
            // var=value
            if ((initial === '"' && before === '"') || (initial === '\'' && before === '\'') || (initial !== '"' && initial !== '\'')) {
                return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
            }
        }
        // no '=' found, just defined the property's name
        return arg.getRange();
    }
    static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf('=') + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
    }
    /**
     * Returns the actual value of this key-value pair. The value will
     * have its escape characters removed if applicable. If the value
     * spans multiple lines and there are comments nested within the
     * lines, they too will be removed.
     *
     * @return the value that this key-value pair will actually be, may
     *         be null if no value is defined, may be the empty string
     *         if the value only consists of whitespace
     */
    static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === '#') {
            // need to skip over comments
            escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === '\'' || first === '"';
        let inSingle = (first === '\'' && last === '\'');
        let inDouble = false;
        if (first === '"') {
            for (let i = 1; i < value.length; i++) {
                if (value.charAt(i) === escapeChar) {
                    i++;
                }
                else if (value.charAt(i) === '"' && i === value.length - 1) {
                    inDouble = true;
                }
            }
        }
        if (inSingle || inDouble) {
            value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case escapeChar:
                    if (i + 1 === value.length) {
                        escapedValue = escapedValue + escapeChar;
                        break parseValue;
                    }
                    char = value.charAt(i + 1);
                    if (char === ' ' || char === '\t') {
                        whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                            let char2 = value.charAt(j);
                            switch (char2) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                    j++;
                                case '\n':
                                    escaped = true;
                                    i = j;
                                    continue parseValue;
                                default:
                                    if (!inDouble && !inSingle && !literal) {
                                        if (char2 === escapeChar) {
                                            // add the escaped character
                                            escapedValue = escapedValue + char;
                                            // now start parsing from the next escape character
                                            i = i + 1;
                                        }
                                        else {
                                            // the expectation is that this j = i + 2 here
                                            escapedValue = escapedValue + char + char2;
                                            i = j;
                                        }
                                        continue parseValue;
                                    }
                                    break whitespaceCheck;
                            }
                        }
                    }
                    if (inDouble) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else if (char !== '"') {
                            if (char === escapeChar) {
                                i++;
                            }
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (inSingle || literal) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else {
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (char === escapeChar) {
                        // double escape, append one and move on
                        escapedValue = escapedValue + escapeChar;
                        i++;
                    }
                    else if (char === '\r') {
                        escaped = true;
                        // offset one more for \r\n
                        i = i + 2;
                    }
                    else if (char === '\n') {
                        escaped = true;
                        i++;
                        start = i;
                    }
                    else {
                        // any other escapes are simply ignored
                        escapedValue = escapedValue + char;
                        i++;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaped && commentCheck === -1) {
                        commentCheck = i;
                    }
                    escapedValue = escapedValue + char;
                    break;
                case '\r':
                    i++;
                case '\n':
                    if (escaped && commentCheck !== -1) {
                        // rollback and remove the whitespace that was previously appended
                        escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                        commentCheck = -1;
                    }
                    break;
                case '#':
                    // a newline was escaped and now there's a comment
                    if (escaped) {
                        if (commentCheck !== -1) {
                            // rollback and remove the whitespace that was previously appended
                            escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                            commentCheck = -1;
                        }
                        newlineCheck: for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    break newlineCheck;
                            }
                        }
                        continue parseValue;
                    }
                default:
                    if (escaped) {
                        escaped = false;
                        commentCheck = -1;
                    }
                    escapedValue = escapedValue + char;
                    break;
            }
        }
        return escapedValue;
    }
}
exports.Property = Property;


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PropertyInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const instruction_1 = __nccwpck_require__(5279);
const property_1 = __nccwpck_require__(9602);
const argument_1 = __nccwpck_require__(5940);
const util_1 = __nccwpck_require__(7459);
class PropertyInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = undefined;
    }
    getProperties() {
        if (this.properties === undefined) {
            let args = this.getPropertyArguments();
            if (args.length === 0) {
                this.properties = [];
            }
            else if (args.length === 1) {
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
            }
            else if (args.length === 2) {
                if (args[0].getValue().indexOf('=') === -1) {
                    this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
                }
                else {
                    this.properties = [
                        new property_1.Property(this.document, this.escapeChar, args[0]),
                        new property_1.Property(this.document, this.escapeChar, args[1])
                    ];
                }
            }
            else if (args[0].getValue().indexOf('=') === -1) {
                let text = this.document.getText();
                let start = args[1].getRange().start;
                let end = args[args.length - 1].getRange().end;
                text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
            }
            else {
                this.properties = [];
                for (let i = 0; i < args.length; i++) {
                    this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
                }
            }
        }
        return this.properties;
    }
    /**
     * Goes from the back of the string and returns the first
     * non-whitespace character that is found. If an escape character
     * is found with newline characters, the escape character will
     * not be considered a non-whitespace character and its index in
     * the string will not be returned.
     *
     * @param content the string to search through
     * @return the index in the string for the first non-whitespace
     *         character when searching from the end of the string
     */
    findTrailingNonWhitespace(content) {
        // loop back to find the first non-whitespace character
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case '\n':
                    if (content.charAt(i - 1) === '\r') {
                        i = i - 1;
                    }
                case '\r':
                    newlineCheck: for (let j = i - 1; j >= 0; j--) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                            case this.escapeChar:
                                continue;
                            default:
                                index = j;
                                break newlineCheck;
                        }
                    }
                    break whitespaceCheck;
                default:
                    index = i;
                    break whitespaceCheck;
            }
        }
        return index;
    }
    getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
            // only whitespace found, no arguments
            return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        // records whether the parser has just processed an escaped newline or not,
        // if our starting position is not on the same line as the instruction then
        // the start of the content is already on an escaped line
        let escaped = range.start.line !== startPosition.line;
        // flag to track if the last character was an escape character
        let endingEscape = false;
        // position before the first escape character was hit
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
            let char = content.charAt(i);
            switch (char) {
                case this.escapeChar:
                    if (i + 1 === content.length) {
                        endingEscape = true;
                        break argumentLoop;
                    }
                    if (!escaped) {
                        mark = i;
                    }
                    switch (content.charAt(i + 1)) {
                        case ' ':
                        case '\t':
                            if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                                // space was escaped, continue as normal
                                i = i + 1;
                                continue argumentLoop;
                            }
                            // whitespace encountered, need to figure out if it extends to EOL
                            whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                                switch (content.charAt(j)) {
                                    case '\r':
                                        // offset one more for \r\n
                                        j++;
                                    case '\n':
                                        // whitespace only, safe to skip
                                        escaped = true;
                                        i = j;
                                        continue argumentLoop;
                                    case ' ':
                                    case '\t':
                                        // ignore whitespace
                                        break;
                                    default:
                                        // whitespace doesn't extend to EOL, create an argument
                                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                                        argStart = j;
                                        break whitespaceCheck;
                                }
                            }
                            // go back and start processing the encountered non-whitespace character
                            i = argStart - 1;
                            continue argumentLoop;
                        case '\r':
                            // offset one more for \r\n
                            i++;
                        case '\n':
                            // immediately followed by a newline, skip the newline
                            escaped = true;
                            i = i + 1;
                            continue argumentLoop;
                        case this.escapeChar:
                            // double escape found, skip it and move on
                            if (argStart === -1) {
                                argStart = i;
                            }
                            i = i + 1;
                            continue argumentLoop;
                        default:
                            if (argStart === -1) {
                                argStart = i;
                            }
                            // non-whitespace encountered, skip the escape and process the
                            // character normally
                            continue argumentLoop;
                    }
                case '\'':
                case '"':
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    if (argStart === -1) {
                        argStart = i;
                    }
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case char:
                                if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
                                    // there is more content after this quote,
                                    // continue so that it is all processed as
                                    // one single argument
                                    i = j;
                                    continue argumentLoop;
                                }
                                args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                                i = j;
                                argStart = -1;
                                continue argumentLoop;
                            case this.escapeChar:
                                j++;
                                break;
                        }
                    }
                    break argumentLoop;
                case ' ':
                case '\t':
                    if (escaped) {
                        // consider there to be a space only if an argument
                        // is not spanning multiple lines
                        if (argStart !== -1) {
                            spaced = true;
                        }
                    }
                    else if (argStart !== -1) {
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                        argStart = -1;
                    }
                    break;
                case '\r':
                    // offset one more for \r\n
                    i++;
                case '\n':
                    spaced = false;
                    break;
                case '#':
                    if (escaped) {
                        // a newline was escaped and now there's a comment
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    spaced = false;
                                    continue argumentLoop;
                            }
                        }
                        // went to the end without finding a newline,
                        // the comment was the last line in the instruction,
                        // just stop parsing, create an argument if needed
                        if (argStart !== -1) {
                            let value = content.substring(argStart, mark);
                            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                            argStart = -1;
                        }
                        break argumentLoop;
                    }
                    else if (argStart === -1) {
                        argStart = i;
                    }
                    break;
                default:
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    escaped = false;
                    if (argStart === -1) {
                        argStart = i;
                    }
                    // variable detected
                    if (char === '$' && content.charAt(i + 1) === '{') {
                        let singleQuotes = false;
                        let doubleQuotes = false;
                        let escaped = false;
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case this.escapeChar:
                                    escaped = true;
                                    break;
                                case '\r':
                                case '\n':
                                    break;
                                case '\'':
                                    singleQuotes = !singleQuotes;
                                    escaped = false;
                                    break;
                                case '"':
                                    doubleQuotes = !doubleQuotes;
                                    escaped = false;
                                    break;
                                case ' ':
                                case '\t':
                                    if (escaped || singleQuotes || doubleQuotes) {
                                        break;
                                    }
                                    i = j - 1;
                                    continue argumentLoop;
                                case '}':
                                    i = j;
                                    continue argumentLoop;
                                default:
                                    escaped = false;
                                    break;
                            }
                        }
                        break argumentLoop;
                    }
                    break;
            }
        }
        if (argStart !== -1 && argStart !== content.length) {
            let end = endingEscape ? content.length - 1 : content.length;
            let value = content.substring(argStart, end);
            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end))));
        }
        return args;
    }
    createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
            args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
    }
}
exports.PropertyInstruction = PropertyInstruction;


/***/ }),

/***/ 7459:
/***/ ((__unused_webpack_module, exports) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Util = void 0;
class Util {
    static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 0xEF && uintArray[1] == 0xBB && uintArray[2] == 0xBF;
    }
    static isWhitespace(char) {
        return char === ' ' || char === '\t' || Util.isNewline(char);
    }
    static isNewline(char) {
        return char === '\r' || char === '\n';
    }
    static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case escapeChar:
                    escapeCheck: for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                // offset one more for \r\n
                                i = j + 1;
                                continue whitespaceCheck;
                            case '\n':
                                i = j;
                                continue whitespaceCheck;
                            default:
                                break escapeCheck;
                        }
                    }
                    // found an escape character and then reached EOF
                    return -1;
                default:
                    return i;
            }
        }
        // only possible if the content is the empty string
        return -1;
    }
    /**
     * Determines if the given position is contained within the given range.
     *
     * @param position the position to check
     * @param range the range to see if the position is inside of
     */
    static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
            return range.start.line === position.line
                && range.start.character <= position.character
                && position.character <= range.end.character;
        }
        else if (range.start.line === position.line) {
            return range.start.character <= position.character;
        }
        else if (range.end.line === position.line) {
            return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
    }
    static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === '-') {
            value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
            if (value.charAt(value.length - 1) !== '"') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === '\'') {
            if (value.charAt(value.length - 1) !== '\'') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
            return null;
        }
        return value;
    }
}
exports.Util = Util;


/***/ }),

/***/ 3743:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Variable = void 0;
class Variable {
    constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
    }
    toString() {
        return this.stringValue;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the entire variable. This includes the symbols for
     * the declaration of the variable such as the $, {, and } symbols.
     *
     * @return the range in the document that this variable encompasses in its
     *         entirety
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the modifier character that has been set for
     * specifying how this variable should be expanded and resolved.
     * If this variable is ${variable:+value} then the modifier
     * character is '+'. Will be the empty string if the variable is
     * declared as ${variable:}. Otherwise, will be null if this
     * variable will not use variable substitution at all (such as
     * ${variable} or $variable).
     *
     * @return this variable's modifier character, or the empty
     *         string if it does not have one, or null if this
     *         variable will not use variable substitution
     */
    getModifier() {
        return this.modifier;
    }
    getModifierRange() {
        return this.modifierRange;
    }
    /**
     * Returns the parameter that will be used for substitution if
     * this variable uses modifiers to define how its value should be
     * resolved. If this variable is ${variable:+value} then the
     * substitution value will be 'value'. Will be the empty string
     * if the variable is declared as ${variable:+} or some other
     * variant where the only thing that follows the modifier
     * character (excluding considerations of escape characters and
     * so on) is the variable's closing bracket. May be null if this
     * variable does not have a modifier character defined (such as
     * ${variable} or $variable).
     *
     * @return this variable's substitution parameter, or the empty
     *         string if it does not have one, or null if there is
     *         not one defined
     */
    getSubstitutionParameter() {
        return this.substitutionParameter;
    }
    getSubstitutionRange() {
        return this.substitutionRange;
    }
    /**
     * Returns whether this variable has been defined or not.
     *
     * @return true if this variable has been defined, false otherwise
     */
    isDefined() {
        return this.defined;
    }
    isBuildVariable() {
        return this.buildVariable === true;
    }
    isEnvironmentVariable() {
        return this.buildVariable === false;
    }
}
exports.Variable = Variable;


/***/ }),

/***/ 9580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 3867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 3864:
/***/ ((module) => {

module.exports = () => {
	// https://mths.be/emoji
	return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
};


/***/ }),

/***/ 6591:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



exports.quote = __nccwpck_require__(5335);
exports.parse = __nccwpck_require__(2696);


/***/ }),

/***/ 2696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

/***/ 6204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(9580)
const FIFO = __nccwpck_require__(3867)
const TextDecoder = __nccwpck_require__(7934)

const StreamError = __nccwpck_require__(5657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 5657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 5763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(6204)
const FIFO = __nccwpck_require__(3867)
const b4a = __nccwpck_require__(3057)
const headers = __nccwpck_require__(8428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 6118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(5763)
exports.pack = __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(6204)
const b4a = __nccwpck_require__(3057)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(8428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 7934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(7256)
const UTF8Decoder = __nccwpck_require__(6414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 7256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 6414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 3383:
/***/ (function(module, exports) {

var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function (require, exports) {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TextDocument = void 0;
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (changes, version) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
                var change = changes_1[_i];
                if (FullTextDocument.isIncremental(change)) {
                    // makes sure start is before end
                    var range = getWellformedRange(change.range);
                    // update content
                    var startOffset = this.offsetAt(range.start);
                    var endOffset = this.offsetAt(range.end);
                    this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                    var insertedEndOffset = startOffset + change.text.length;
                    var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(startOffset) === 10 /* CharCode.LineFeed */;
                    var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(insertedEndOffset) === 10 /* CharCode.LineFeed */;
                    if (crlfAtStart || crlfAtEnd) {
                        // A CRLF pair across an edit boundary is not included in the inserted text's line offsets.
                        this._lineOffsets = undefined;
                        continue;
                    }
                    // update the offsets
                    var startLine = Math.max(range.start.line, 0);
                    var endLine = Math.max(range.end.line, 0);
                    var lineOffsets = this._lineOffsets;
                    var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                    if (endLine - startLine === addedLineOffsets.length) {
                        for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                        }
                    }
                    else {
                        if (addedLineOffsets.length < 10000) {
                            lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                        }
                        else { // avoid too many arguments for splice
                            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                        }
                    }
                    var diff = change.text.length - (endOffset - startOffset);
                    if (diff !== 0) {
                        for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                            lineOffsets[i] = lineOffsets[i] + diff;
                        }
                    }
                }
                else if (FullTextDocument.isFull(change)) {
                    this._content = change.text;
                    this._lineOffsets = undefined;
                }
                else {
                    throw new Error('Unknown change event received');
                }
            }
            this._version = version;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return { line: 0, character: offset };
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line: line, character: offset - lineOffsets[line] };
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            if (position.character <= 0) {
                return lineOffset;
            }
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
        };
        FullTextDocument.prototype.getLineRange = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                var lastLine = lineOffsets.length - 1;
                return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            }
            else if (line < 0) {
                return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line: line, character: 0 }, end: { line: line, character: endOffset - startOffset } };
        };
        FullTextDocument.prototype.getEOLCharacters = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                return '';
            }
            else if (line < 0) {
                return '';
            }
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
        };
        FullTextDocument.prototype.ensureBeforeEOL = function (offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
                offset--;
            }
            return offset;
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.isIncremental = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range !== undefined &&
                (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
        };
        FullTextDocument.isFull = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
        };
        return FullTextDocument;
    }());
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new text document.
         *
         * @param uri The document's uri.
         * @param languageId  The document's language Id.
         * @param version The document's initial version number.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Updates a TextDocument by modifying its content.
         *
         * @param document the document to update. Only documents created by TextDocument.create are valid inputs.
         * @param changes the changes to apply to the document.
         * @param version the changes version for the document.
         * @returns The updated TextDocument. Note: That's the same document instance passed in as first parameter.
         *
         */
        function update(document, changes, version) {
            if (document instanceof FullTextDocument) {
                document.update(changes, version);
                return document;
            }
            else {
                throw new Error('TextDocument.update: document must be created by TextDocument.create');
            }
        }
        TextDocument.update = update;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits.map(getWellformedEdit), function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = 0;
            var spans = [];
            for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
                var e = sortedEdits_1[_i];
                var startOffset = document.offsetAt(e.range.start);
                if (startOffset < lastModifiedOffset) {
                    throw new Error('Overlapping edit');
                }
                else if (startOffset > lastModifiedOffset) {
                    spans.push(text.substring(lastModifiedOffset, startOffset));
                }
                if (e.newText.length) {
                    spans.push(e.newText);
                }
                lastModifiedOffset = document.offsetAt(e.range.end);
            }
            spans.push(text.substr(lastModifiedOffset));
            return spans.join('');
        }
        TextDocument.applyEdits = applyEdits;
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    function mergeSort(data, compare) {
        if (data.length <= 1) {
            // sorted
            return data;
        }
        var p = (data.length / 2) | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
                // smaller_equal -> take left to preserve order
                data[i++] = left[leftIdx++];
            }
            else {
                // greater -> take right
                data[i++] = right[rightIdx++];
            }
        }
        while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
        }
        return data;
    }
    function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) { textOffset = 0; }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
            var ch = text.charCodeAt(i);
            if (isEOL(ch)) {
                if (ch === 13 /* CharCode.CarriageReturn */ && i + 1 < text.length && text.charCodeAt(i + 1) === 10 /* CharCode.LineFeed */) {
                    i++;
                }
                result.push(textOffset + i + 1);
            }
        }
        return result;
    }
    function isEOL(char) {
        return char === 13 /* CharCode.CarriageReturn */ || char === 10 /* CharCode.LineFeed */;
    }
    function getWellformedRange(range) {
        var start = range.start;
        var end = range.end;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            return { start: end, end: start };
        }
        return range;
    }
    function getWellformedEdit(textEdit) {
        var range = getWellformedRange(textEdit.range);
        if (range !== textEdit.range) {
            return { newText: textEdit.newText, range: range };
        }
        return textEdit;
    }
});


/***/ }),

/***/ 4612:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.TextDocument = exports.EOL = exports.WorkspaceFolder = exports.InlineCompletionContext = exports.SelectedCompletionInfo = exports.InlineCompletionTriggerKind = exports.InlineCompletionList = exports.InlineCompletionItem = exports.StringValue = exports.InlayHint = exports.InlayHintLabelPart = exports.InlayHintKind = exports.InlineValueContext = exports.InlineValueEvaluatableExpression = exports.InlineValueVariableLookup = exports.InlineValueText = exports.SemanticTokens = exports.SemanticTokenModifiers = exports.SemanticTokenTypes = exports.SelectionRange = exports.DocumentLink = exports.FormattingOptions = exports.CodeLens = exports.CodeAction = exports.CodeActionTag = exports.CodeActionContext = exports.CodeActionTriggerKind = exports.CodeActionKind = exports.DocumentSymbol = exports.WorkspaceSymbol = exports.SymbolInformation = exports.SymbolTag = exports.SymbolKind = exports.DocumentHighlight = exports.DocumentHighlightKind = exports.SignatureInformation = exports.ParameterInformation = exports.Hover = exports.MarkedString = exports.CompletionList = exports.CompletionItem = exports.CompletionItemLabelDetails = exports.ApplyKind = exports.InsertTextMode = exports.InsertReplaceEdit = exports.CompletionItemTag = exports.InsertTextFormat = exports.CompletionItemKind = exports.MarkupContent = exports.MarkupKind = exports.TextDocumentItem = exports.LanguageKind = exports.OptionalVersionedTextDocumentIdentifier = exports.VersionedTextDocumentIdentifier = exports.TextDocumentIdentifier = exports.WorkspaceChange = exports.SnippetTextEdit = exports.WorkspaceEdit = exports.DeleteFile = exports.RenameFile = exports.CreateFile = exports.TextDocumentEdit = exports.AnnotatedTextEdit = exports.ChangeAnnotationIdentifier = exports.ChangeAnnotation = exports.TextEdit = exports.Command = exports.Diagnostic = exports.CodeDescription = exports.DiagnosticTag = exports.DiagnosticSeverity = exports.DiagnosticRelatedInformation = exports.FoldingRange = exports.FoldingRangeKind = exports.ColorPresentation = exports.ColorInformation = exports.Color = exports.LocationLink = exports.Location = exports.Range = exports.Position = exports.uinteger = exports.integer = exports.URI = exports.DocumentUri = void 0;
    var DocumentUri;
    (function (DocumentUri) {
        function is(value) {
            return typeof value === 'string';
        }
        DocumentUri.is = is;
    })(DocumentUri || (exports.DocumentUri = DocumentUri = {}));
    var URI;
    (function (URI) {
        function is(value) {
            return typeof value === 'string';
        }
        URI.is = is;
    })(URI || (exports.URI = URI = {}));
    var integer;
    (function (integer) {
        integer.MIN_VALUE = -2147483648;
        integer.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && integer.MIN_VALUE <= value && value <= integer.MAX_VALUE;
        }
        integer.is = is;
    })(integer || (exports.integer = integer = {}));
    var uinteger;
    (function (uinteger) {
        uinteger.MIN_VALUE = 0;
        uinteger.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && uinteger.MIN_VALUE <= value && value <= uinteger.MAX_VALUE;
        }
        uinteger.is = is;
    })(uinteger || (exports.uinteger = uinteger = {}));
    /**
     * The Position namespace provides helper functions to work with
     * {@link Position} literals.
     */
    var Position;
    (function (Position) {
        /**
         * Creates a new Position literal from the given line and character.
         * @param line The position's line.
         * @param character The position's character.
         */
        function create(line, character) {
            if (line === Number.MAX_VALUE) {
                line = uinteger.MAX_VALUE;
            }
            if (character === Number.MAX_VALUE) {
                character = uinteger.MAX_VALUE;
            }
            return { line: line, character: character };
        }
        Position.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Position} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position.is = is;
    })(Position || (exports.Position = Position = {}));
    /**
     * The Range namespace provides helper functions to work with
     * {@link Range} literals.
     */
    var Range;
    (function (Range) {
        function create(one, two, three, four) {
            if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
                return { start: Position.create(one, two), end: Position.create(three, four) };
            }
            else if (Position.is(one) && Position.is(two)) {
                return { start: one, end: two };
            }
            else {
                throw new Error("Range#create called with invalid arguments[".concat(one, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
            }
        }
        Range.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Range} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range.is = is;
    })(Range || (exports.Range = Range = {}));
    /**
     * The Location namespace provides helper functions to work with
     * {@link Location} literals.
     */
    var Location;
    (function (Location) {
        /**
         * Creates a Location literal.
         * @param uri The location's uri.
         * @param range The location's range.
         */
        function create(uri, range) {
            return { uri: uri, range: range };
        }
        Location.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Location} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location.is = is;
    })(Location || (exports.Location = Location = {}));
    /**
     * The LocationLink namespace provides helper functions to work with
     * {@link LocationLink} literals.
     */
    var LocationLink;
    (function (LocationLink) {
        /**
         * Creates a LocationLink literal.
         * @param targetUri The definition's uri.
         * @param targetRange The full range of the definition.
         * @param targetSelectionRange The span of the symbol definition at the target.
         * @param originSelectionRange The span of the symbol being defined in the originating source file.
         */
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
            return { targetUri: targetUri, targetRange: targetRange, targetSelectionRange: targetSelectionRange, originSelectionRange: originSelectionRange };
        }
        LocationLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link LocationLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri)
                && Range.is(candidate.targetSelectionRange)
                && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink.is = is;
    })(LocationLink || (exports.LocationLink = LocationLink = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link Color} literals.
     */
    var Color;
    (function (Color) {
        /**
         * Creates a new Color literal.
         */
        function create(red, green, blue, alpha) {
            return {
                red: red,
                green: green,
                blue: blue,
                alpha: alpha,
            };
        }
        Color.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Color} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1)
                && Is.numberRange(candidate.green, 0, 1)
                && Is.numberRange(candidate.blue, 0, 1)
                && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color.is = is;
    })(Color || (exports.Color = Color = {}));
    /**
     * The ColorInformation namespace provides helper functions to work with
     * {@link ColorInformation} literals.
     */
    var ColorInformation;
    (function (ColorInformation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(range, color) {
            return {
                range: range,
                color: color,
            };
        }
        ColorInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation.is = is;
    })(ColorInformation || (exports.ColorInformation = ColorInformation = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link ColorPresentation} literals.
     */
    var ColorPresentation;
    (function (ColorPresentation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(label, textEdit, additionalTextEdits) {
            return {
                label: label,
                textEdit: textEdit,
                additionalTextEdits: additionalTextEdits,
            };
        }
        ColorPresentation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label)
                && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit))
                && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation.is = is;
    })(ColorPresentation || (exports.ColorPresentation = ColorPresentation = {}));
    /**
     * A set of predefined range kinds.
     */
    var FoldingRangeKind;
    (function (FoldingRangeKind) {
        /**
         * Folding range for a comment
         */
        FoldingRangeKind.Comment = 'comment';
        /**
         * Folding range for an import or include
         */
        FoldingRangeKind.Imports = 'imports';
        /**
         * Folding range for a region (e.g. `#region`)
         */
        FoldingRangeKind.Region = 'region';
    })(FoldingRangeKind || (exports.FoldingRangeKind = FoldingRangeKind = {}));
    /**
     * The folding range namespace provides helper functions to work with
     * {@link FoldingRange} literals.
     */
    var FoldingRange;
    (function (FoldingRange) {
        /**
         * Creates a new FoldingRange literal.
         */
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
            var result = {
                startLine: startLine,
                endLine: endLine
            };
            if (Is.defined(startCharacter)) {
                result.startCharacter = startCharacter;
            }
            if (Is.defined(endCharacter)) {
                result.endCharacter = endCharacter;
            }
            if (Is.defined(kind)) {
                result.kind = kind;
            }
            if (Is.defined(collapsedText)) {
                result.collapsedText = collapsedText;
            }
            return result;
        }
        FoldingRange.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FoldingRange} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine)
                && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter))
                && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter))
                && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange.is = is;
    })(FoldingRange || (exports.FoldingRange = FoldingRange = {}));
    /**
     * The DiagnosticRelatedInformation namespace provides helper functions to work with
     * {@link DiagnosticRelatedInformation} literals.
     */
    var DiagnosticRelatedInformation;
    (function (DiagnosticRelatedInformation) {
        /**
         * Creates a new DiagnosticRelatedInformation literal.
         */
        function create(location, message) {
            return {
                location: location,
                message: message
            };
        }
        DiagnosticRelatedInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DiagnosticRelatedInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation.is = is;
    })(DiagnosticRelatedInformation || (exports.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
    /**
     * The diagnostic's severity.
     */
    var DiagnosticSeverity;
    (function (DiagnosticSeverity) {
        /**
         * Reports an error.
         */
        DiagnosticSeverity.Error = 1;
        /**
         * Reports a warning.
         */
        DiagnosticSeverity.Warning = 2;
        /**
         * Reports an information.
         */
        DiagnosticSeverity.Information = 3;
        /**
         * Reports a hint.
         */
        DiagnosticSeverity.Hint = 4;
    })(DiagnosticSeverity || (exports.DiagnosticSeverity = DiagnosticSeverity = {}));
    /**
     * The diagnostic tags.
     *
     * @since 3.15.0
     */
    var DiagnosticTag;
    (function (DiagnosticTag) {
        /**
         * Unused or unnecessary code.
         *
         * Clients are allowed to render diagnostics with this tag faded out instead of having
         * an error squiggle.
         */
        DiagnosticTag.Unnecessary = 1;
        /**
         * Deprecated or obsolete code.
         *
         * Clients are allowed to rendered diagnostics with this tag strike through.
         */
        DiagnosticTag.Deprecated = 2;
    })(DiagnosticTag || (exports.DiagnosticTag = DiagnosticTag = {}));
    /**
     * The CodeDescription namespace provides functions to deal with descriptions for diagnostic codes.
     *
     * @since 3.16.0
     */
    var CodeDescription;
    (function (CodeDescription) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription.is = is;
    })(CodeDescription || (exports.CodeDescription = CodeDescription = {}));
    /**
     * The Diagnostic namespace provides helper functions to work with
     * {@link Diagnostic} literals.
     */
    var Diagnostic;
    (function (Diagnostic) {
        /**
         * Creates a new Diagnostic literal.
         */
        function create(range, message, severity, code, source, relatedInformation) {
            var result = { range: range, message: message };
            if (Is.defined(severity)) {
                result.severity = severity;
            }
            if (Is.defined(code)) {
                result.code = code;
            }
            if (Is.defined(source)) {
                result.source = source;
            }
            if (Is.defined(relatedInformation)) {
                result.relatedInformation = relatedInformation;
            }
            return result;
        }
        Diagnostic.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Diagnostic} interface.
         */
        function is(value) {
            var _a;
            var candidate = value;
            return Is.defined(candidate)
                && Range.is(candidate.range)
                && (Is.string(candidate.message) || MarkupContent.is(candidate.message))
                && (Is.number(candidate.severity) || Is.undefined(candidate.severity))
                && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code))
                && (Is.undefined(candidate.codeDescription) || (Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)))
                && (Is.string(candidate.source) || Is.undefined(candidate.source))
                && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic.is = is;
        /**
         * Checks whether the given diagnostic's message conforms to the 3.17.0
         * version of the protocol where the message is a string.
         *
         * @param value the diagnostic
         * @returns true if the diagnostic's message is a string, false otherwise.
         */
        function is3_17(value) {
            return Is.string(value.message);
        }
        Diagnostic.is3_17 = is3_17;
        /**
         * Gets the message string of a diagnostic. If the message is already a
         * string, it is returned as is. If the message is a MarkupContent,
         * the value of the MarkupContent is returned. Otherwise an error is thrown.
         *
         * @param diagnostic the diagnostic to get the message string from.
         * @returns the message string of the given diagnostic.
         */
        function getMessageString(diagnostic) {
            if (Is.string(diagnostic.message)) {
                return diagnostic.message;
            }
            else if (MarkupContent.is(diagnostic.message)) {
                return diagnostic.message.value;
            }
            else {
                throw new Error("Unknown message type ".concat(typeof diagnostic.message));
            }
        }
        Diagnostic.getMessageString = getMessageString;
    })(Diagnostic || (exports.Diagnostic = Diagnostic = {}));
    /**
     * The Command namespace provides helper functions to work with
     * {@link Command} literals.
     */
    var Command;
    (function (Command) {
        /**
         * Creates a new Command literal.
         */
        function create(title, command) {
            var args = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                args[_i - 2] = arguments[_i];
            }
            var result = { title: title, command: command };
            if (Is.defined(args) && args.length > 0) {
                result.arguments = args;
            }
            return result;
        }
        Command.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Command} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === undefined || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command.is = is;
    })(Command || (exports.Command = Command = {}));
    /**
     * The TextEdit namespace provides helper function to create replace,
     * insert and delete edits more easily.
     */
    var TextEdit;
    (function (TextEdit) {
        /**
         * Creates a replace text edit.
         * @param range The range of text to be replaced.
         * @param newText The new text.
         */
        function replace(range, newText) {
            return { range: range, newText: newText };
        }
        TextEdit.replace = replace;
        /**
         * Creates an insert text edit.
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         */
        function insert(position, newText) {
            return { range: { start: position, end: position }, newText: newText };
        }
        TextEdit.insert = insert;
        /**
         * Creates a delete text edit.
         * @param range The range of text to be deleted.
         */
        function del(range) {
            return { range: range, newText: '' };
        }
        TextEdit.del = del;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Is.string(candidate.newText)
                && Range.is(candidate.range);
        }
        TextEdit.is = is;
    })(TextEdit || (exports.TextEdit = TextEdit = {}));
    var ChangeAnnotation;
    (function (ChangeAnnotation) {
        function create(label, needsConfirmation, description) {
            var result = { label: label };
            if (needsConfirmation !== undefined) {
                result.needsConfirmation = needsConfirmation;
            }
            if (description !== undefined) {
                result.description = description;
            }
            return result;
        }
        ChangeAnnotation.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label) &&
                (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        ChangeAnnotation.is = is;
    })(ChangeAnnotation || (exports.ChangeAnnotation = ChangeAnnotation = {}));
    var ChangeAnnotationIdentifier;
    (function (ChangeAnnotationIdentifier) {
        function is(value) {
            var candidate = value;
            return Is.string(candidate);
        }
        ChangeAnnotationIdentifier.is = is;
    })(ChangeAnnotationIdentifier || (exports.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
    var AnnotatedTextEdit;
    (function (AnnotatedTextEdit) {
        /**
         * Creates an annotated replace text edit.
         *
         * @param range The range of text to be replaced.
         * @param newText The new text.
         * @param annotation The annotation.
         */
        function replace(range, newText, annotation) {
            return { range: range, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.replace = replace;
        /**
         * Creates an annotated insert text edit.
         *
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         * @param annotation The annotation.
         */
        function insert(position, newText, annotation) {
            return { range: { start: position, end: position }, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.insert = insert;
        /**
         * Creates an annotated delete text edit.
         *
         * @param range The range of text to be deleted.
         * @param annotation The annotation.
         */
        function del(range, annotation) {
            return { range: range, newText: '', annotationId: annotation };
        }
        AnnotatedTextEdit.del = del;
        function is(value) {
            var candidate = value;
            return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit.is = is;
    })(AnnotatedTextEdit || (exports.AnnotatedTextEdit = AnnotatedTextEdit = {}));
    /**
     * The TextDocumentEdit namespace provides helper function to create
     * an edit that manipulates a text document.
     */
    var TextDocumentEdit;
    (function (TextDocumentEdit) {
        /**
         * Creates a new `TextDocumentEdit`
         */
        function create(textDocument, edits) {
            return { textDocument: textDocument, edits: edits };
        }
        TextDocumentEdit.create = create;
        function is(value) {
            var candidate = value;
            return Is.defined(candidate)
                && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument)
                && Array.isArray(candidate.edits);
        }
        TextDocumentEdit.is = is;
    })(TextDocumentEdit || (exports.TextDocumentEdit = TextDocumentEdit = {}));
    var CreateFile;
    (function (CreateFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'create',
                uri: uri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        CreateFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'create' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile.is = is;
    })(CreateFile || (exports.CreateFile = CreateFile = {}));
    var RenameFile;
    (function (RenameFile) {
        function create(oldUri, newUri, options, annotation) {
            var result = {
                kind: 'rename',
                oldUri: oldUri,
                newUri: newUri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        RenameFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'rename' && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile.is = is;
    })(RenameFile || (exports.RenameFile = RenameFile = {}));
    var DeleteFile;
    (function (DeleteFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'delete',
                uri: uri
            };
            if (options !== undefined && (options.recursive !== undefined || options.ignoreIfNotExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        DeleteFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'delete' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.recursive === undefined || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === undefined || Is.boolean(candidate.options.ignoreIfNotExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile.is = is;
    })(DeleteFile || (exports.DeleteFile = DeleteFile = {}));
    var WorkspaceEdit;
    (function (WorkspaceEdit) {
        function is(value) {
            var candidate = value;
            return candidate &&
                (candidate.changes !== undefined || candidate.documentChanges !== undefined) &&
                (candidate.documentChanges === undefined || candidate.documentChanges.every(function (change) {
                    if (Is.string(change.kind)) {
                        return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
                    }
                    else {
                        return TextDocumentEdit.is(change);
                    }
                }));
        }
        WorkspaceEdit.is = is;
    })(WorkspaceEdit || (exports.WorkspaceEdit = WorkspaceEdit = {}));
    var TextEditChangeImpl = /** @class */ (function () {
        function TextEditChangeImpl(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
        }
        TextEditChangeImpl.prototype.insert = function (position, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.insert(position, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.insert(position, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.insert(position, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.replace = function (range, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.replace(range, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.replace(range, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.replace(range, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.delete = function (range, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.del(range);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.del(range, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.del(range, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.add = function (edit) {
            this.edits.push(edit);
        };
        TextEditChangeImpl.prototype.all = function () {
            return this.edits;
        };
        TextEditChangeImpl.prototype.clear = function () {
            this.edits.splice(0, this.edits.length);
        };
        TextEditChangeImpl.prototype.assertChangeAnnotations = function (value) {
            if (value === undefined) {
                throw new Error("Text edit change is not configured to manage change annotations.");
            }
        };
        return TextEditChangeImpl;
    }());
    var SnippetTextEdit;
    (function (SnippetTextEdit) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Range.is(candidate.range)
                && StringValue.isSnippet(candidate.snippet)
                && (candidate.annotationId === undefined ||
                    (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit.is = is;
    })(SnippetTextEdit || (exports.SnippetTextEdit = SnippetTextEdit = {}));
    /**
     * A helper class
     */
    var ChangeAnnotations = /** @class */ (function () {
        function ChangeAnnotations(annotations) {
            this._annotations = annotations === undefined ? Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
        }
        ChangeAnnotations.prototype.all = function () {
            return this._annotations;
        };
        Object.defineProperty(ChangeAnnotations.prototype, "size", {
            get: function () {
                return this._size;
            },
            enumerable: false,
            configurable: true
        });
        ChangeAnnotations.prototype.manage = function (idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
                id = idOrAnnotation;
            }
            else {
                id = this.nextId();
                annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== undefined) {
                throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === undefined) {
                throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
        };
        ChangeAnnotations.prototype.nextId = function () {
            this._counter++;
            return this._counter.toString();
        };
        return ChangeAnnotations;
    }());
    /**
     * A workspace change helps constructing changes to a workspace.
     */
    var WorkspaceChange = /** @class */ (function () {
        function WorkspaceChange(workspaceEdit) {
            var _this = this;
            this._textEditChanges = Object.create(null);
            if (workspaceEdit !== undefined) {
                this._workspaceEdit = workspaceEdit;
                if (workspaceEdit.documentChanges) {
                    this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                    workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    workspaceEdit.documentChanges.forEach(function (change) {
                        if (TextDocumentEdit.is(change)) {
                            var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                            _this._textEditChanges[change.textDocument.uri] = textEditChange;
                        }
                    });
                }
                else if (workspaceEdit.changes) {
                    Object.keys(workspaceEdit.changes).forEach(function (key) {
                        var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                        _this._textEditChanges[key] = textEditChange;
                    });
                }
            }
            else {
                this._workspaceEdit = {};
            }
        }
        Object.defineProperty(WorkspaceChange.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function () {
                this.initDocumentChanges();
                if (this._changeAnnotations !== undefined) {
                    if (this._changeAnnotations.size === 0) {
                        this._workspaceEdit.changeAnnotations = undefined;
                    }
                    else {
                        this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    }
                }
                return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
        });
        WorkspaceChange.prototype.getTextEditChange = function (key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
                this.initDocumentChanges();
                if (this._workspaceEdit.documentChanges === undefined) {
                    throw new Error('Workspace edit is not configured for document changes.');
                }
                var textDocument = { uri: key.uri, version: key.version };
                var result = this._textEditChanges[textDocument.uri];
                if (!result) {
                    var edits = [];
                    var textDocumentEdit = {
                        textDocument: textDocument,
                        edits: edits
                    };
                    this._workspaceEdit.documentChanges.push(textDocumentEdit);
                    result = new TextEditChangeImpl(edits, this._changeAnnotations);
                    this._textEditChanges[textDocument.uri] = result;
                }
                return result;
            }
            else {
                this.initChanges();
                if (this._workspaceEdit.changes === undefined) {
                    throw new Error('Workspace edit is not configured for normal text edit changes.');
                }
                var result = this._textEditChanges[key];
                if (!result) {
                    var edits = [];
                    this._workspaceEdit.changes[key] = edits;
                    result = new TextEditChangeImpl(edits);
                    this._textEditChanges[key] = result;
                }
                return result;
            }
        };
        WorkspaceChange.prototype.initDocumentChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._changeAnnotations = new ChangeAnnotations();
                this._workspaceEdit.documentChanges = [];
                this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
        };
        WorkspaceChange.prototype.initChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._workspaceEdit.changes = Object.create(null);
            }
        };
        WorkspaceChange.prototype.createFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = CreateFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.renameFile = function (oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = RenameFile.create(oldUri, newUri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.deleteFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = DeleteFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        return WorkspaceChange;
    }());
    exports.WorkspaceChange = WorkspaceChange;
    /**
     * The TextDocumentIdentifier namespace provides helper functions to work with
     * {@link TextDocumentIdentifier} literals.
     */
    var TextDocumentIdentifier;
    (function (TextDocumentIdentifier) {
        /**
         * Creates a new TextDocumentIdentifier literal.
         * @param uri The document's uri.
         */
        function create(uri) {
            return { uri: uri };
        }
        TextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier.is = is;
    })(TextDocumentIdentifier || (exports.TextDocumentIdentifier = TextDocumentIdentifier = {}));
    /**
     * The VersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link VersionedTextDocumentIdentifier} literals.
     */
    var VersionedTextDocumentIdentifier;
    (function (VersionedTextDocumentIdentifier) {
        /**
         * Creates a new VersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        VersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link VersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier.is = is;
    })(VersionedTextDocumentIdentifier || (exports.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
    /**
     * The OptionalVersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link OptionalVersionedTextDocumentIdentifier} literals.
     */
    var OptionalVersionedTextDocumentIdentifier;
    (function (OptionalVersionedTextDocumentIdentifier) {
        /**
         * Creates a new OptionalVersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        OptionalVersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link OptionalVersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (exports.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
    /**
     * Predefined Language kinds
     * @since 3.18.0
     */
    var LanguageKind;
    (function (LanguageKind) {
        LanguageKind.ABAP = 'abap';
        LanguageKind.WindowsBat = 'bat';
        LanguageKind.BibTeX = 'bibtex';
        LanguageKind.Clojure = 'clojure';
        LanguageKind.Coffeescript = 'coffeescript';
        LanguageKind.C = 'c';
        LanguageKind.CPP = 'cpp';
        LanguageKind.CSharp = 'csharp';
        LanguageKind.CSS = 'css';
        /**
         * @since 3.18.0
         */
        LanguageKind.D = 'd';
        /**
         * @since 3.18.0
         */
        LanguageKind.Delphi = 'pascal';
        LanguageKind.Diff = 'diff';
        LanguageKind.Dart = 'dart';
        LanguageKind.Dockerfile = 'dockerfile';
        LanguageKind.Elixir = 'elixir';
        LanguageKind.Erlang = 'erlang';
        LanguageKind.FSharp = 'fsharp';
        LanguageKind.GitCommit = 'git-commit';
        LanguageKind.GitRebase = 'git-rebase';
        LanguageKind.Go = 'go';
        LanguageKind.Groovy = 'groovy';
        LanguageKind.Handlebars = 'handlebars';
        LanguageKind.Haskell = 'haskell';
        LanguageKind.HTML = 'html';
        LanguageKind.Ini = 'ini';
        LanguageKind.Java = 'java';
        LanguageKind.JavaScript = 'javascript';
        LanguageKind.JavaScriptReact = 'javascriptreact';
        LanguageKind.JSON = 'json';
        LanguageKind.LaTeX = 'latex';
        LanguageKind.Less = 'less';
        LanguageKind.Lua = 'lua';
        LanguageKind.Makefile = 'makefile';
        LanguageKind.Markdown = 'markdown';
        LanguageKind.ObjectiveC = 'objective-c';
        LanguageKind.ObjectiveCPP = 'objective-cpp';
        /**
         * @since 3.18.0
         */
        LanguageKind.Pascal = 'pascal';
        LanguageKind.Perl = 'perl';
        LanguageKind.Perl6 = 'perl6';
        LanguageKind.PHP = 'php';
        LanguageKind.Plaintext = 'plaintext';
        LanguageKind.Powershell = 'powershell';
        LanguageKind.Pug = 'jade';
        LanguageKind.Python = 'python';
        LanguageKind.R = 'r';
        LanguageKind.Razor = 'razor';
        LanguageKind.Ruby = 'ruby';
        LanguageKind.Rust = 'rust';
        LanguageKind.SCSS = 'scss';
        LanguageKind.SASS = 'sass';
        LanguageKind.Scala = 'scala';
        LanguageKind.ShaderLab = 'shaderlab';
        LanguageKind.ShellScript = 'shellscript';
        LanguageKind.SQL = 'sql';
        LanguageKind.Swift = 'swift';
        LanguageKind.TypeScript = 'typescript';
        LanguageKind.TypeScriptReact = 'typescriptreact';
        LanguageKind.TeX = 'tex';
        LanguageKind.VisualBasic = 'vb';
        LanguageKind.XML = 'xml';
        LanguageKind.XSL = 'xsl';
        LanguageKind.YAML = 'yaml';
    })(LanguageKind || (exports.LanguageKind = LanguageKind = {}));
    /**
     * The TextDocumentItem namespace provides helper functions to work with
     * {@link TextDocumentItem} literals.
     */
    var TextDocumentItem;
    (function (TextDocumentItem) {
        /**
         * Creates a new TextDocumentItem literal.
         * @param uri The document's uri.
         * @param languageId The document's language identifier.
         * @param version The document's version number.
         * @param text The document's text.
         */
        function create(uri, languageId, version, text) {
            return { uri: uri, languageId: languageId, version: version, text: text };
        }
        TextDocumentItem.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentItem} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem.is = is;
    })(TextDocumentItem || (exports.TextDocumentItem = TextDocumentItem = {}));
    /**
     * Describes the content type that a client supports in various
     * result literals like `Hover`, `ParameterInfo` or `CompletionItem`.
     *
     * Please note that `MarkupKinds` must not start with a `$`. This kinds
     * are reserved for internal usage.
     */
    var MarkupKind;
    (function (MarkupKind) {
        /**
         * Plain text is supported as a content format
         */
        MarkupKind.PlainText = 'plaintext';
        /**
         * Markdown is supported as a content format
         */
        MarkupKind.Markdown = 'markdown';
        /**
         * Checks whether the given value is a value of the {@link MarkupKind} type.
         */
        function is(value) {
            var candidate = value;
            return candidate === MarkupKind.PlainText || candidate === MarkupKind.Markdown;
        }
        MarkupKind.is = is;
    })(MarkupKind || (exports.MarkupKind = MarkupKind = {}));
    var MarkupContent;
    (function (MarkupContent) {
        /**
         * Checks whether the given value conforms to the {@link MarkupContent} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent.is = is;
    })(MarkupContent || (exports.MarkupContent = MarkupContent = {}));
    /**
     * The kind of a completion entry.
     */
    var CompletionItemKind;
    (function (CompletionItemKind) {
        CompletionItemKind.Text = 1;
        CompletionItemKind.Method = 2;
        CompletionItemKind.Function = 3;
        CompletionItemKind.Constructor = 4;
        CompletionItemKind.Field = 5;
        CompletionItemKind.Variable = 6;
        CompletionItemKind.Class = 7;
        CompletionItemKind.Interface = 8;
        CompletionItemKind.Module = 9;
        CompletionItemKind.Property = 10;
        CompletionItemKind.Unit = 11;
        CompletionItemKind.Value = 12;
        CompletionItemKind.Enum = 13;
        CompletionItemKind.Keyword = 14;
        CompletionItemKind.Snippet = 15;
        CompletionItemKind.Color = 16;
        CompletionItemKind.File = 17;
        CompletionItemKind.Reference = 18;
        CompletionItemKind.Folder = 19;
        CompletionItemKind.EnumMember = 20;
        CompletionItemKind.Constant = 21;
        CompletionItemKind.Struct = 22;
        CompletionItemKind.Event = 23;
        CompletionItemKind.Operator = 24;
        CompletionItemKind.TypeParameter = 25;
    })(CompletionItemKind || (exports.CompletionItemKind = CompletionItemKind = {}));
    /**
     * Defines whether the insert text in a completion item should be interpreted as
     * plain text or a snippet.
     */
    var InsertTextFormat;
    (function (InsertTextFormat) {
        /**
         * The primary text to be inserted is treated as a plain string.
         */
        InsertTextFormat.PlainText = 1;
        /**
         * The primary text to be inserted is treated as a snippet.
         *
         * A snippet can define tab stops and placeholders with `$1`, `$2`
         * and `${3:foo}`. `$0` defines the final tab stop, it defaults to
         * the end of the snippet. Placeholders with equal identifiers are linked,
         * that is typing in one will update others too.
         *
         * See also: https://microsoft.github.io/language-server-protocol/specifications/specification-current/#snippet_syntax
         */
        InsertTextFormat.Snippet = 2;
    })(InsertTextFormat || (exports.InsertTextFormat = InsertTextFormat = {}));
    /**
     * Completion item tags are extra annotations that tweak the rendering of a completion
     * item.
     *
     * @since 3.15.0
     */
    var CompletionItemTag;
    (function (CompletionItemTag) {
        /**
         * Render a completion as obsolete, usually using a strike-out.
         */
        CompletionItemTag.Deprecated = 1;
    })(CompletionItemTag || (exports.CompletionItemTag = CompletionItemTag = {}));
    /**
     * The InsertReplaceEdit namespace provides functions to deal with insert / replace edits.
     *
     * @since 3.16.0
     */
    var InsertReplaceEdit;
    (function (InsertReplaceEdit) {
        /**
         * Creates a new insert / replace edit
         */
        function create(newText, insert, replace) {
            return { newText: newText, insert: insert, replace: replace };
        }
        InsertReplaceEdit.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InsertReplaceEdit} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit.is = is;
    })(InsertReplaceEdit || (exports.InsertReplaceEdit = InsertReplaceEdit = {}));
    /**
     * How whitespace and indentation is handled during completion
     * item insertion.
     *
     * @since 3.16.0
     */
    var InsertTextMode;
    (function (InsertTextMode) {
        /**
         * The insertion or replace strings is taken as it is. If the
         * value is multi line the lines below the cursor will be
         * inserted using the indentation defined in the string value.
         * The client will not apply any kind of adjustments to the
         * string.
         */
        InsertTextMode.asIs = 1;
        /**
         * The editor adjusts leading whitespace of new lines so that
         * they match the indentation up to the cursor of the line for
         * which the item is accepted.
         *
         * Consider a line like this: <2tabs><cursor><3tabs>foo. Accepting a
         * multi line completion item is indented using 2 tabs and all
         * following lines inserted will be indented using 2 tabs as well.
         */
        InsertTextMode.adjustIndentation = 2;
    })(InsertTextMode || (exports.InsertTextMode = InsertTextMode = {}));
    /**
     * Defines how values from a set of defaults and an individual item will be
     * merged.
     *
     * @since 3.18.0
     */
    var ApplyKind;
    (function (ApplyKind) {
        /**
         * The value from the individual item (if provided and not `null`) will be
         * used instead of the default.
         */
        ApplyKind.Replace = 1;
        /**
         * The value from the item will be merged with the default.
         *
         * The specific rules for mergeing values are defined against each field
         * that supports merging.
         */
        ApplyKind.Merge = 2;
    })(ApplyKind || (exports.ApplyKind = ApplyKind = {}));
    var CompletionItemLabelDetails;
    (function (CompletionItemLabelDetails) {
        function is(value) {
            var candidate = value;
            return candidate && (Is.string(candidate.detail) || candidate.detail === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        CompletionItemLabelDetails.is = is;
    })(CompletionItemLabelDetails || (exports.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
    /**
     * The CompletionItem namespace provides functions to deal with
     * completion items.
     */
    var CompletionItem;
    (function (CompletionItem) {
        /**
         * Create a completion item and seed it with a label.
         * @param label The completion item's label
         */
        function create(label) {
            return { label: label };
        }
        CompletionItem.create = create;
    })(CompletionItem || (exports.CompletionItem = CompletionItem = {}));
    /**
     * The CompletionList namespace provides functions to deal with
     * completion lists.
     */
    var CompletionList;
    (function (CompletionList) {
        /**
         * Creates a new completion list.
         *
         * @param items The completion items.
         * @param isIncomplete The list is not complete.
         */
        function create(items, isIncomplete) {
            return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList.create = create;
    })(CompletionList || (exports.CompletionList = CompletionList = {}));
    var MarkedString;
    (function (MarkedString) {
        /**
         * Creates a marked string from plain text.
         *
         * @param plainText The plain text.
         */
        function fromPlainText(plainText) {
            return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&'); // escape markdown syntax tokens: http://daringfireball.net/projects/markdown/syntax#backslash
        }
        MarkedString.fromPlainText = fromPlainText;
        /**
         * Checks whether the given value conforms to the {@link MarkedString} type.
         */
        function is(value) {
            var candidate = value;
            return Is.string(candidate) || (Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value));
        }
        MarkedString.is = is;
    })(MarkedString || (exports.MarkedString = MarkedString = {}));
    var Hover;
    (function (Hover) {
        /**
         * Checks whether the given value conforms to the {@link Hover} interface.
         */
        function is(value) {
            var candidate = value;
            return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) ||
                MarkedString.is(candidate.contents) ||
                Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === undefined || Range.is(value.range));
        }
        Hover.is = is;
    })(Hover || (exports.Hover = Hover = {}));
    /**
     * The ParameterInformation namespace provides helper functions to work with
     * {@link ParameterInformation} literals.
     */
    var ParameterInformation;
    (function (ParameterInformation) {
        /**
         * Creates a new parameter information literal.
         *
         * @param label A label string.
         * @param documentation A doc string.
         */
        function create(label, documentation) {
            return documentation ? { label: label, documentation: documentation } : { label: label };
        }
        ParameterInformation.create = create;
    })(ParameterInformation || (exports.ParameterInformation = ParameterInformation = {}));
    /**
     * The SignatureInformation namespace provides helper functions to work with
     * {@link SignatureInformation} literals.
     */
    var SignatureInformation;
    (function (SignatureInformation) {
        function create(label, documentation) {
            var parameters = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                parameters[_i - 2] = arguments[_i];
            }
            var result = { label: label };
            if (Is.defined(documentation)) {
                result.documentation = documentation;
            }
            if (Is.defined(parameters)) {
                result.parameters = parameters;
            }
            else {
                result.parameters = [];
            }
            return result;
        }
        SignatureInformation.create = create;
    })(SignatureInformation || (exports.SignatureInformation = SignatureInformation = {}));
    /**
     * A document highlight kind.
     */
    var DocumentHighlightKind;
    (function (DocumentHighlightKind) {
        /**
         * A textual occurrence.
         */
        DocumentHighlightKind.Text = 1;
        /**
         * Read-access of a symbol, like reading a variable.
         */
        DocumentHighlightKind.Read = 2;
        /**
         * Write-access of a symbol, like writing to a variable.
         */
        DocumentHighlightKind.Write = 3;
    })(DocumentHighlightKind || (exports.DocumentHighlightKind = DocumentHighlightKind = {}));
    /**
     * DocumentHighlight namespace to provide helper functions to work with
     * {@link DocumentHighlight} literals.
     */
    var DocumentHighlight;
    (function (DocumentHighlight) {
        /**
         * Create a DocumentHighlight object.
         * @param range The range the highlight applies to.
         * @param kind The highlight kind
         */
        function create(range, kind) {
            var result = { range: range };
            if (Is.number(kind)) {
                result.kind = kind;
            }
            return result;
        }
        DocumentHighlight.create = create;
    })(DocumentHighlight || (exports.DocumentHighlight = DocumentHighlight = {}));
    /**
     * A symbol kind.
     */
    var SymbolKind;
    (function (SymbolKind) {
        SymbolKind.File = 1;
        SymbolKind.Module = 2;
        SymbolKind.Namespace = 3;
        SymbolKind.Package = 4;
        SymbolKind.Class = 5;
        SymbolKind.Method = 6;
        SymbolKind.Property = 7;
        SymbolKind.Field = 8;
        SymbolKind.Constructor = 9;
        SymbolKind.Enum = 10;
        SymbolKind.Interface = 11;
        SymbolKind.Function = 12;
        SymbolKind.Variable = 13;
        SymbolKind.Constant = 14;
        SymbolKind.String = 15;
        SymbolKind.Number = 16;
        SymbolKind.Boolean = 17;
        SymbolKind.Array = 18;
        SymbolKind.Object = 19;
        SymbolKind.Key = 20;
        SymbolKind.Null = 21;
        SymbolKind.EnumMember = 22;
        SymbolKind.Struct = 23;
        SymbolKind.Event = 24;
        SymbolKind.Operator = 25;
        SymbolKind.TypeParameter = 26;
    })(SymbolKind || (exports.SymbolKind = SymbolKind = {}));
    /**
     * Symbol tags are extra annotations that tweak the rendering of a symbol.
     *
     * @since 3.16
     */
    var SymbolTag;
    (function (SymbolTag) {
        /**
         * Render a symbol as obsolete, usually using a strike-out.
         */
        SymbolTag.Deprecated = 1;
    })(SymbolTag || (exports.SymbolTag = SymbolTag = {}));
    var SymbolInformation;
    (function (SymbolInformation) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the location of the symbol.
         * @param uri The resource of the location of symbol.
         * @param containerName The name of the symbol containing the symbol.
         */
        function create(name, kind, range, uri, containerName) {
            var result = {
                name: name,
                kind: kind,
                location: { uri: uri, range: range }
            };
            if (containerName) {
                result.containerName = containerName;
            }
            return result;
        }
        SymbolInformation.create = create;
    })(SymbolInformation || (exports.SymbolInformation = SymbolInformation = {}));
    var WorkspaceSymbol;
    (function (WorkspaceSymbol) {
        /**
         * Create a new workspace symbol.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param uri The resource of the location of the symbol.
         * @param range An options range of the location.
         * @returns A WorkspaceSymbol.
         */
        function create(name, kind, uri, range) {
            return range !== undefined
                ? { name: name, kind: kind, location: { uri: uri, range: range } }
                : { name: name, kind: kind, location: { uri: uri } };
        }
        WorkspaceSymbol.create = create;
    })(WorkspaceSymbol || (exports.WorkspaceSymbol = WorkspaceSymbol = {}));
    var DocumentSymbol;
    (function (DocumentSymbol) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param detail The detail of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the symbol.
         * @param selectionRange The selectionRange of the symbol.
         * @param children Children of the symbol.
         */
        function create(name, detail, kind, range, selectionRange, children) {
            var result = {
                name: name,
                detail: detail,
                kind: kind,
                range: range,
                selectionRange: selectionRange
            };
            if (children !== undefined) {
                result.children = children;
            }
            return result;
        }
        DocumentSymbol.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentSymbol} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate &&
                Is.string(candidate.name) && Is.number(candidate.kind) &&
                Range.is(candidate.range) && Range.is(candidate.selectionRange) &&
                (candidate.detail === undefined || Is.string(candidate.detail)) &&
                (candidate.deprecated === undefined || Is.boolean(candidate.deprecated)) &&
                (candidate.children === undefined || Array.isArray(candidate.children)) &&
                (candidate.tags === undefined || Array.isArray(candidate.tags));
        }
        DocumentSymbol.is = is;
    })(DocumentSymbol || (exports.DocumentSymbol = DocumentSymbol = {}));
    /**
     * A set of predefined code action kinds
     */
    var CodeActionKind;
    (function (CodeActionKind) {
        /**
         * Empty kind.
         */
        CodeActionKind.Empty = '';
        /**
         * Base kind for quickfix actions: 'quickfix'
         */
        CodeActionKind.QuickFix = 'quickfix';
        /**
         * Base kind for refactoring actions: 'refactor'
         */
        CodeActionKind.Refactor = 'refactor';
        /**
         * Base kind for refactoring extraction actions: 'refactor.extract'
         *
         * Example extract actions:
         *
         * - Extract method
         * - Extract function
         * - Extract variable
         * - Extract interface from class
         * - ...
         */
        CodeActionKind.RefactorExtract = 'refactor.extract';
        /**
         * Base kind for refactoring inline actions: 'refactor.inline'
         *
         * Example inline actions:
         *
         * - Inline function
         * - Inline variable
         * - Inline constant
         * - ...
         */
        CodeActionKind.RefactorInline = 'refactor.inline';
        /**
         * Base kind for refactoring move actions: `refactor.move`
         *
         * Example move actions:
         *
         * - Move a function to a new file
         * - Move a property between classes
         * - Move method to base class
         * - ...
         *
         * @since 3.18.0
         */
        CodeActionKind.RefactorMove = 'refactor.move';
        /**
         * Base kind for refactoring rewrite actions: 'refactor.rewrite'
         *
         * Example rewrite actions:
         *
         * - Convert JavaScript function to class
         * - Add or remove parameter
         * - Encapsulate field
         * - Make method static
         * - Move method to base class
         * - ...
         */
        CodeActionKind.RefactorRewrite = 'refactor.rewrite';
        /**
         * Base kind for source actions: `source`
         *
         * Source code actions apply to the entire file.
         */
        CodeActionKind.Source = 'source';
        /**
         * Base kind for an organize imports source action: `source.organizeImports`
         */
        CodeActionKind.SourceOrganizeImports = 'source.organizeImports';
        /**
         * Base kind for auto-fix source actions: `source.fixAll`.
         *
         * Fix all actions automatically fix errors that have a clear fix that do not require user input.
         * They should not suppress errors or perform unsafe fixes such as generating new types or classes.
         *
         * @since 3.15.0
         */
        CodeActionKind.SourceFixAll = 'source.fixAll';
        /**
         * Base kind for all code actions applying to the entire notebook's scope. CodeActionKinds using
         * this should always begin with `notebook.`
         *
         * @since 3.18.0
         */
        CodeActionKind.Notebook = 'notebook';
    })(CodeActionKind || (exports.CodeActionKind = CodeActionKind = {}));
    /**
     * The reason why code actions were requested.
     *
     * @since 3.17.0
     */
    var CodeActionTriggerKind;
    (function (CodeActionTriggerKind) {
        /**
         * Code actions were explicitly requested by the user or by an extension.
         */
        CodeActionTriggerKind.Invoked = 1;
        /**
         * Code actions were requested automatically.
         *
         * This typically happens when current selection in a file changes, but can
         * also be triggered when file content changes.
         */
        CodeActionTriggerKind.Automatic = 2;
    })(CodeActionTriggerKind || (exports.CodeActionTriggerKind = CodeActionTriggerKind = {}));
    /**
     * The CodeActionContext namespace provides helper functions to work with
     * {@link CodeActionContext} literals.
     */
    var CodeActionContext;
    (function (CodeActionContext) {
        /**
         * Creates a new CodeActionContext literal.
         */
        function create(diagnostics, only, triggerKind) {
            var result = { diagnostics: diagnostics };
            if (only !== undefined && only !== null) {
                result.only = only;
            }
            if (triggerKind !== undefined && triggerKind !== null) {
                result.triggerKind = triggerKind;
            }
            return result;
        }
        CodeActionContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is)
                && (candidate.only === undefined || Is.typedArray(candidate.only, Is.string))
                && (candidate.triggerKind === undefined || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext.is = is;
    })(CodeActionContext || (exports.CodeActionContext = CodeActionContext = {}));
    /**
     * Code action tags are extra annotations that tweak the behavior of a code action.
     *
     * @since 3.18.0
     */
    var CodeActionTag;
    (function (CodeActionTag) {
        /**
         * Marks the code action as LLM-generated.
         */
        CodeActionTag.LLMGenerated = 1;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionTag} interface.
         */
        function is(value) {
            return Is.defined(value) && value === CodeActionTag.LLMGenerated;
        }
        CodeActionTag.is = is;
    })(CodeActionTag || (exports.CodeActionTag = CodeActionTag = {}));
    var CodeAction;
    (function (CodeAction) {
        function create(title, kindOrCommandOrEdit, kind) {
            var result = { title: title };
            var checkKind = true;
            if (typeof kindOrCommandOrEdit === 'string') {
                checkKind = false;
                result.kind = kindOrCommandOrEdit;
            }
            else if (Command.is(kindOrCommandOrEdit)) {
                result.command = kindOrCommandOrEdit;
            }
            else {
                result.edit = kindOrCommandOrEdit;
            }
            if (checkKind && kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        CodeAction.create = create;
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.title) &&
                (candidate.diagnostics === undefined || Is.typedArray(candidate.diagnostics, Diagnostic.is)) &&
                (candidate.kind === undefined || Is.string(candidate.kind)) &&
                (candidate.edit !== undefined || candidate.command !== undefined) &&
                (candidate.command === undefined || Command.is(candidate.command)) &&
                (candidate.isPreferred === undefined || Is.boolean(candidate.isPreferred)) &&
                (candidate.edit === undefined || WorkspaceEdit.is(candidate.edit)) &&
                (candidate.tags === undefined || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction.is = is;
    })(CodeAction || (exports.CodeAction = CodeAction = {}));
    /**
     * The CodeLens namespace provides helper functions to work with
     * {@link CodeLens} literals.
     */
    var CodeLens;
    (function (CodeLens) {
        /**
         * Creates a new CodeLens literal.
         */
        function create(range, data) {
            var result = { range: range };
            if (Is.defined(data)) {
                result.data = data;
            }
            return result;
        }
        CodeLens.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeLens} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens.is = is;
    })(CodeLens || (exports.CodeLens = CodeLens = {}));
    /**
     * The FormattingOptions namespace provides helper functions to work with
     * {@link FormattingOptions} literals.
     */
    var FormattingOptions;
    (function (FormattingOptions) {
        /**
         * Creates a new FormattingOptions literal.
         */
        function create(tabSize, insertSpaces) {
            return { tabSize: tabSize, insertSpaces: insertSpaces };
        }
        FormattingOptions.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FormattingOptions} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions.is = is;
    })(FormattingOptions || (exports.FormattingOptions = FormattingOptions = {}));
    /**
     * The DocumentLink namespace provides helper functions to work with
     * {@link DocumentLink} literals.
     */
    var DocumentLink;
    (function (DocumentLink) {
        /**
         * Creates a new DocumentLink literal.
         */
        function create(range, target, data) {
            return { range: range, target: target, data: data };
        }
        DocumentLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink.is = is;
    })(DocumentLink || (exports.DocumentLink = DocumentLink = {}));
    /**
     * The SelectionRange namespace provides helper function to work with
     * SelectionRange literals.
     */
    var SelectionRange;
    (function (SelectionRange) {
        /**
         * Creates a new SelectionRange
         * @param range the range.
         * @param parent an optional parent.
         */
        function create(range, parent) {
            return { range: range, parent: parent };
        }
        SelectionRange.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === undefined || SelectionRange.is(candidate.parent));
        }
        SelectionRange.is = is;
    })(SelectionRange || (exports.SelectionRange = SelectionRange = {}));
    /**
     * A set of predefined token types. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenTypes;
    (function (SemanticTokenTypes) {
        SemanticTokenTypes["namespace"] = "namespace";
        /**
         * Represents a generic type. Acts as a fallback for types which can't be mapped to
         * a specific type like class or enum.
         */
        SemanticTokenTypes["type"] = "type";
        SemanticTokenTypes["class"] = "class";
        SemanticTokenTypes["enum"] = "enum";
        SemanticTokenTypes["interface"] = "interface";
        SemanticTokenTypes["struct"] = "struct";
        SemanticTokenTypes["typeParameter"] = "typeParameter";
        SemanticTokenTypes["parameter"] = "parameter";
        SemanticTokenTypes["variable"] = "variable";
        SemanticTokenTypes["property"] = "property";
        SemanticTokenTypes["enumMember"] = "enumMember";
        SemanticTokenTypes["event"] = "event";
        SemanticTokenTypes["function"] = "function";
        SemanticTokenTypes["method"] = "method";
        SemanticTokenTypes["macro"] = "macro";
        SemanticTokenTypes["keyword"] = "keyword";
        SemanticTokenTypes["modifier"] = "modifier";
        SemanticTokenTypes["comment"] = "comment";
        SemanticTokenTypes["string"] = "string";
        SemanticTokenTypes["number"] = "number";
        SemanticTokenTypes["regexp"] = "regexp";
        SemanticTokenTypes["operator"] = "operator";
        /**
         * @since 3.17.0
         */
        SemanticTokenTypes["decorator"] = "decorator";
        /**
         * @since 3.18.0
         */
        SemanticTokenTypes["label"] = "label";
    })(SemanticTokenTypes || (exports.SemanticTokenTypes = SemanticTokenTypes = {}));
    /**
     * A set of predefined token modifiers. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenModifiers;
    (function (SemanticTokenModifiers) {
        SemanticTokenModifiers["declaration"] = "declaration";
        SemanticTokenModifiers["definition"] = "definition";
        SemanticTokenModifiers["readonly"] = "readonly";
        SemanticTokenModifiers["static"] = "static";
        SemanticTokenModifiers["deprecated"] = "deprecated";
        SemanticTokenModifiers["abstract"] = "abstract";
        SemanticTokenModifiers["async"] = "async";
        SemanticTokenModifiers["modification"] = "modification";
        SemanticTokenModifiers["documentation"] = "documentation";
        SemanticTokenModifiers["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (exports.SemanticTokenModifiers = SemanticTokenModifiers = {}));
    /**
     * @since 3.16.0
     */
    var SemanticTokens;
    (function (SemanticTokens) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && (candidate.resultId === undefined || typeof candidate.resultId === 'string') &&
                Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === 'number');
        }
        SemanticTokens.is = is;
    })(SemanticTokens || (exports.SemanticTokens = SemanticTokens = {}));
    /**
     * The InlineValueText namespace provides functions to deal with InlineValueTexts.
     *
     * @since 3.17.0
     */
    var InlineValueText;
    (function (InlineValueText) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, text) {
            return { range: range, text: text };
        }
        InlineValueText.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText.is = is;
    })(InlineValueText || (exports.InlineValueText = InlineValueText = {}));
    /**
     * The InlineValueVariableLookup namespace provides functions to
     * deal with InlineValueVariableLookups.
     *
     * @since 3.17.0
     */
    var InlineValueVariableLookup;
    (function (InlineValueVariableLookup) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, variableName, caseSensitiveLookup) {
            return { range: range, variableName: variableName, caseSensitiveLookup: caseSensitiveLookup };
        }
        InlineValueVariableLookup.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup)
                && (Is.string(candidate.variableName) || candidate.variableName === undefined);
        }
        InlineValueVariableLookup.is = is;
    })(InlineValueVariableLookup || (exports.InlineValueVariableLookup = InlineValueVariableLookup = {}));
    /**
     * The InlineValueEvaluatableExpression namespace provides functions to deal with InlineValueEvaluatableExpression.
     *
     * @since 3.17.0
     */
    var InlineValueEvaluatableExpression;
    (function (InlineValueEvaluatableExpression) {
        /**
         * Creates a new InlineValueEvaluatableExpression literal.
         */
        function create(range, expression) {
            return { range: range, expression: expression };
        }
        InlineValueEvaluatableExpression.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range)
                && (Is.string(candidate.expression) || candidate.expression === undefined);
        }
        InlineValueEvaluatableExpression.is = is;
    })(InlineValueEvaluatableExpression || (exports.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
    /**
     * The InlineValueContext namespace provides helper functions to work with
     * {@link InlineValueContext} literals.
     *
     * @since 3.17.0
     */
    var InlineValueContext;
    (function (InlineValueContext) {
        /**
         * Creates a new InlineValueContext literal.
         */
        function create(frameId, stoppedLocation) {
            return { frameId: frameId, stoppedLocation: stoppedLocation };
        }
        InlineValueContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InlineValueContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(value.stoppedLocation);
        }
        InlineValueContext.is = is;
    })(InlineValueContext || (exports.InlineValueContext = InlineValueContext = {}));
    /**
     * Inlay hint kinds.
     *
     * @since 3.17.0
     */
    var InlayHintKind;
    (function (InlayHintKind) {
        /**
         * An inlay hint that for a type annotation.
         */
        InlayHintKind.Type = 1;
        /**
         * An inlay hint that is for a parameter.
         */
        InlayHintKind.Parameter = 2;
        function is(value) {
            return value === 1 || value === 2;
        }
        InlayHintKind.is = is;
    })(InlayHintKind || (exports.InlayHintKind = InlayHintKind = {}));
    var InlayHintLabelPart;
    (function (InlayHintLabelPart) {
        function create(value) {
            return { value: value };
        }
        InlayHintLabelPart.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.location === undefined || Location.is(candidate.location))
                && (candidate.command === undefined || Command.is(candidate.command));
        }
        InlayHintLabelPart.is = is;
    })(InlayHintLabelPart || (exports.InlayHintLabelPart = InlayHintLabelPart = {}));
    var InlayHint;
    (function (InlayHint) {
        function create(position, label, kind) {
            var result = { position: position, label: label };
            if (kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        InlayHint.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.position)
                && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is))
                && (candidate.kind === undefined || InlayHintKind.is(candidate.kind))
                && (candidate.textEdits === undefined) || Is.typedArray(candidate.textEdits, TextEdit.is)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.paddingLeft === undefined || Is.boolean(candidate.paddingLeft))
                && (candidate.paddingRight === undefined || Is.boolean(candidate.paddingRight));
        }
        InlayHint.is = is;
    })(InlayHint || (exports.InlayHint = InlayHint = {}));
    var StringValue;
    (function (StringValue) {
        function createSnippet(value) {
            return { kind: 'snippet', value: value };
        }
        StringValue.createSnippet = createSnippet;
        function isSnippet(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && candidate.kind === 'snippet'
                && Is.string(candidate.value);
        }
        StringValue.isSnippet = isSnippet;
    })(StringValue || (exports.StringValue = StringValue = {}));
    var InlineCompletionItem;
    (function (InlineCompletionItem) {
        function create(insertText, filterText, range, command) {
            return { insertText: insertText, filterText: filterText, range: range, command: command };
        }
        InlineCompletionItem.create = create;
    })(InlineCompletionItem || (exports.InlineCompletionItem = InlineCompletionItem = {}));
    var InlineCompletionList;
    (function (InlineCompletionList) {
        function create(items) {
            return { items: items };
        }
        InlineCompletionList.create = create;
    })(InlineCompletionList || (exports.InlineCompletionList = InlineCompletionList = {}));
    /**
     * Describes how an {@link InlineCompletionItemProvider inline completion provider} was triggered.
     *
     * @since 3.18.0
     */
    var InlineCompletionTriggerKind;
    (function (InlineCompletionTriggerKind) {
        /**
         * Completion was triggered explicitly by a user gesture.
         */
        InlineCompletionTriggerKind.Invoked = 1;
        /**
         * Completion was triggered automatically while editing.
         */
        InlineCompletionTriggerKind.Automatic = 2;
    })(InlineCompletionTriggerKind || (exports.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
    var SelectedCompletionInfo;
    (function (SelectedCompletionInfo) {
        function create(range, text) {
            return { range: range, text: text };
        }
        SelectedCompletionInfo.create = create;
    })(SelectedCompletionInfo || (exports.SelectedCompletionInfo = SelectedCompletionInfo = {}));
    var InlineCompletionContext;
    (function (InlineCompletionContext) {
        function create(triggerKind, selectedCompletionInfo) {
            return { triggerKind: triggerKind, selectedCompletionInfo: selectedCompletionInfo };
        }
        InlineCompletionContext.create = create;
    })(InlineCompletionContext || (exports.InlineCompletionContext = InlineCompletionContext = {}));
    var WorkspaceFolder;
    (function (WorkspaceFolder) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder.is = is;
    })(WorkspaceFolder || (exports.WorkspaceFolder = WorkspaceFolder = {}));
    exports.EOL = ['\n', '\r\n', '\r'];
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new ITextDocument literal from the given uri and content.
         * @param uri The document's uri.
         * @param languageId The document's language Id.
         * @param version The document's version.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ITextDocument} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount)
                && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument.is = is;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits, function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = text.length;
            for (var i = sortedEdits.length - 1; i >= 0; i--) {
                var e = sortedEdits[i];
                var startOffset = document.offsetAt(e.range.start);
                var endOffset = document.offsetAt(e.range.end);
                if (endOffset <= lastModifiedOffset) {
                    text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
                }
                else {
                    throw new Error('Overlapping edit');
                }
                lastModifiedOffset = startOffset;
            }
            return text;
        }
        TextDocument.applyEdits = applyEdits;
        function mergeSort(data, compare) {
            if (data.length <= 1) {
                // sorted
                return data;
            }
            var p = (data.length / 2) | 0;
            var left = data.slice(0, p);
            var right = data.slice(p);
            mergeSort(left, compare);
            mergeSort(right, compare);
            var leftIdx = 0;
            var rightIdx = 0;
            var i = 0;
            while (leftIdx < left.length && rightIdx < right.length) {
                var ret = compare(left[leftIdx], right[rightIdx]);
                if (ret <= 0) {
                    // smaller_equal -> take left to preserve order
                    data[i++] = left[leftIdx++];
                }
                else {
                    // greater -> take right
                    data[i++] = right[rightIdx++];
                }
            }
            while (leftIdx < left.length) {
                data[i++] = left[leftIdx++];
            }
            while (rightIdx < right.length) {
                data[i++] = right[rightIdx++];
            }
            return data;
        }
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (event, version) {
            this._content = event.text;
            this._version = version;
            this._lineOffsets = undefined;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                var lineOffsets = [];
                var text = this._content;
                var isLineStart = true;
                for (var i = 0; i < text.length; i++) {
                    if (isLineStart) {
                        lineOffsets.push(i);
                        isLineStart = false;
                    }
                    var ch = text.charAt(i);
                    isLineStart = (ch === '\r' || ch === '\n');
                    if (ch === '\r' && i + 1 < text.length && text.charAt(i + 1) === '\n') {
                        i++;
                    }
                }
                if (isLineStart && text.length > 0) {
                    lineOffsets.push(text.length);
                }
                this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return Position.create(0, offset);
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        return FullTextDocument;
    }());
    var Is;
    (function (Is) {
        var toString = Object.prototype.toString;
        function defined(value) {
            return typeof value !== 'undefined';
        }
        Is.defined = defined;
        function undefined(value) {
            return typeof value === 'undefined';
        }
        Is.undefined = undefined;
        function boolean(value) {
            return value === true || value === false;
        }
        Is.boolean = boolean;
        function string(value) {
            return toString.call(value) === '[object String]';
        }
        Is.string = string;
        function number(value) {
            return toString.call(value) === '[object Number]';
        }
        Is.number = number;
        function numberRange(value, min, max) {
            return toString.call(value) === '[object Number]' && min <= value && value <= max;
        }
        Is.numberRange = numberRange;
        function integer(value) {
            return toString.call(value) === '[object Number]' && -2147483648 <= value && value <= 2147483647;
        }
        Is.integer = integer;
        function uinteger(value) {
            return toString.call(value) === '[object Number]' && 0 <= value && value <= 2147483647;
        }
        Is.uinteger = uinteger;
        function func(value) {
            return toString.call(value) === '[object Function]';
        }
        Is.func = func;
        function objectLiteral(value) {
            // Strictly speaking class instances pass this check as well. Since the LSP
            // doesn't use classes we ignore this for now. If we do we need to add something
            // like this: `Object.getPrototypeOf(Object.getPrototypeOf(x)) === null`
            return value !== null && typeof value === 'object';
        }
        Is.objectLiteral = objectLiteral;
        function typedArray(value, check) {
            return Array.isArray(value) && value.every(check);
        }
        Is.typedArray = typedArray;
    })(Is || (Is = {}));
});


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5245);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main_main)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./node_modules/xbytes/dist/index.mjs


function _classCallCheck(instance, Constructor) { if (!(instance instanceof Constructor)) { throw new TypeError("Cannot call a class as a function"); } }
function _defineProperties(target, props) { for (var i = 0; i < props.length; i++) { var descriptor = props[i]; descriptor.enumerable = descriptor.enumerable || false; descriptor.configurable = true; if ("value" in descriptor) descriptor.writable = true; Object.defineProperty(target, _toPropertyKey(descriptor.key), descriptor); } }
function _createClass(Constructor, protoProps, staticProps) { if (protoProps) _defineProperties(Constructor.prototype, protoProps); if (staticProps) _defineProperties(Constructor, staticProps); Object.defineProperty(Constructor, "prototype", { writable: false }); return Constructor; }
function _typeof(o) { "@babel/helpers - typeof"; return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, _typeof(o); }
function ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function _objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? ownKeys(Object(t), !0).forEach(function (r) { _defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function _defineProperty(obj, key, value) { key = _toPropertyKey(key); if (key in obj) { Object.defineProperty(obj, key, { value: value, enumerable: true, configurable: true, writable: true }); } else { obj[key] = value; } return obj; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == _typeof(i) ? i : i + ""; }
function _toPrimitive(t, r) { if ("object" != _typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != _typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }
function _slicedToArray(arr, i) { return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _unsupportedIterableToArray(arr, i) || _nonIterableRest(); }
function _nonIterableRest() { throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function _unsupportedIterableToArray(o, minLen) { if (!o) return; if (typeof o === "string") return _arrayLikeToArray(o, minLen); var n = Object.prototype.toString.call(o).slice(8, -1); if (n === "Object" && o.constructor) n = o.constructor.name; if (n === "Map" || n === "Set") return Array.from(o); if (n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)) return _arrayLikeToArray(o, minLen); }
function _arrayLikeToArray(arr, len) { if (len == null || len > arr.length) len = arr.length; for (var i = 0, arr2 = new Array(len); i < len; i++) arr2[i] = arr[i]; return arr2; }
function _iterableToArrayLimit(r, l) { var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (null != t) { var e, n, i, u, a = [], f = !0, o = !1; try { if (i = (t = t.call(r)).next, 0 === l) { if (Object(t) !== t) return; f = !1; } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = !0); } catch (r) { o = !0, n = r; } finally { try { if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return; } finally { if (o) throw n; } } return a; } }
function _arrayWithHoles(arr) { if (Array.isArray(arr)) return arr; }
/**
 * @module xbytes
 * @license Apache-2.0
 * @author Miraculous Owonubi
 * @copyright (c) 2019 Miraculous Owonubi
 */

/* eslint-disable no-restricted-properties */

function xbytes() {
  var size = arguments.length > 0 && arguments[0] !== undefined ? arguments[0] : 0;
  var options = arguments.length > 1 ? arguments[1] : undefined;
  if (Number.isNaN(size = +size) || typeof size !== 'number') return null;
  var _ref = options || {},
    _ref$iec = _ref.iec,
    iec = _ref$iec === void 0 ? false : _ref$iec,
    _ref$bits = _ref.bits,
    bits = _ref$bits === void 0 ? false : _ref$bits,
    _ref$short = _ref["short"],
    _short = _ref$short === void 0 ? true : _ref$short,
    _ref$space = _ref.space,
    space = _ref$space === void 0 ? true : _ref$space,
    _ref$fixed = _ref.fixed,
    fixed = _ref$fixed === void 0 ? 2 : _ref$fixed,
    prefixIndex = _ref.prefixIndex,
    _ref$sticky = _ref.sticky,
    sticky = _ref$sticky === void 0 ? false : _ref$sticky;
  size *= bits ? 8 : 1;
  var sizes = ['-', 'Kilo', 'Mega', 'Giga', 'Tera', 'Peta', 'Exa', 'Zetta', 'Yotta'];
  var exponent = typeof prefixIndex === 'number' ? prefixIndex : function (v) {
    return sticky && Number.isInteger(v) ? v - 1 : Math.floor(v);
  }(Math.log(Math.abs(size)) / Math.log(iec ? 1024 : 1000)) || 0;
  size /= ~exponent && exponent in sizes ? Math.pow(iec ? 1024 : 1000, exponent) : 1;
  var select = sizes[exponent] || sizes[0];
  var byteStr = !_short ? select.replace(/(\w{2})(\w+)/, "$1".concat(iec ? 'bi' : '$2', "-")).replace(/-/, !bits ? 'Bytes' : 'Bits') : select[0].replace(/(-?|[^\w])$/, "".concat(iec && exponent in sizes && exponent > 0 ? 'i' : '').concat(!bits ? 'B' : 'b'));
  return [size.toFixed(fixed), byteStr].join(space ? ' ' : '');
}
var unitMatcher = /^(?:([kmgtpezy])(i?))?(b)$/i;
var genericMatcher = new RegExp("([+-]?\\d+(?:\\.\\d+)?(?:e[+-]\\d+)?)\\s*((?:([kmgtpezy])(i?))?(b))\\b");
var globalByteFilter = new RegExp(genericMatcher.source, 'gi');
var byteFilter = new RegExp("^".concat(genericMatcher.source), 'i');
function parseUnit(stringUnit) {
  var scan;
  if (typeof stringUnit === 'string' && (scan = stringUnit.match(unitMatcher))) {
    var _scan = scan,
      _scan2 = _slicedToArray(_scan, 4),
      input = _scan2[0],
      key = _scan2[1],
      iec = _scan2[2],
      type = _scan2[3];
    var prefix = key ? key.toUpperCase() : '';
    scan = {
      unitInput: input,
      prefix: prefix,
      iec: !!iec,
      type: type,
      unit: prefix.concat(type),
      bits: type === 'b',
      "byte": type === 'B',
      prefixIndex: 'BKMGTPEZY'.indexOf(prefix.toUpperCase())
    };
  }
  return scan;
}
function parseString(stringBytes) {
  var scan;
  if (typeof stringBytes === 'string' && (scan = stringBytes.match(byteFilter))) {
    var _scan3 = scan,
      _scan4 = _slicedToArray(_scan3, 3),
      input = _scan4[0],
      value = _scan4[1],
      unit = _scan4[2];
    scan = _objectSpread(_objectSpread({}, parseUnit(unit)), {}, {
      input: input,
      value: parseFloat(value)
    });
  }
  return scan;
}
function isBytes(stringBytes) {
  return byteFilter.test(stringBytes);
}
function isUnit(stringUnit) {
  return unitMatcher.test(stringUnit);
}
function extractBytes(stringOfbytes) {
  return (stringOfbytes.match(globalByteFilter) || []).filter(isBytes);
}
function parseSize(stringBytes, parseOptions) {
  var scan;
  var _ref2 = parseOptions || {},
    _ref2$bits = _ref2.bits,
    bits = _ref2$bits === void 0 ? true : _ref2$bits,
    _ref2$iec = _ref2.iec,
    iec = _ref2$iec === void 0 ? true : _ref2$iec;
  if (isBytes(stringBytes) && (scan = parseString(stringBytes) || 0)) {
    var index = scan.prefixIndex;
    scan = scan.value * (iec && !scan.iec ? Math.pow(10, index * 3) : Math.pow(2, 10 * index)) / (bits && scan.type === 'b' ? 8 : 1);
  }
  return scan;
}
function isParsable(input) {
  return isBytes(input) || Number.isFinite(input) && Math.abs(input) <= 0x40000000000000000000000 ||
  // All values 1024 YiB and under are parsable after sticky feature upgrade
  parseFloat(input).toString() === input;
}
function hybridResolve(hybridValue) {
  if (!isParsable(hybridValue)) throw Error("<input> argument [".concat(hybridValue, "] of type '").concat(_typeof(hybridValue), "' must either be a finite number or a ByteString e.g \"10 MB\""));
  return (isBytes(hybridValue) ? parseSize(hybridValue) : +hybridValue) || 0;
}
function parseBytes(input, options) {
  var struct;
  if (!isParsable(input)) throw Error("<input> argument [".concat(input, "] of type '").concat(_typeof(input), "' must either be a finite number or a ByteString e.g \"10 MB\""));
  var bytes = hybridResolve(input);
  if (isBytes(input)) {
    var _ref3 = [parseSize(input), input];
    bytes = _ref3[0];
    struct = _ref3[1];
  } else {
    var _ref4 = [+input || 0, xbytes(+input || 0)];
    bytes = _ref4[0];
    struct = _ref4[1];
  }
  return _objectSpread(_objectSpread({}, struct = parseString(struct)), {}, {
    input: input,
    bytes: bytes,
    size: xbytes(bytes, _objectSpread(_objectSpread({}, struct), options))
  });
}
function internalRelationEngine(parsed, options) {
  // eslint-disable-next-line no-multi-assign
  var size = parsed.bytes;
  var bits = xbytes(size, _objectSpread(_objectSpread({}, options), {}, {
    iec: false,
    bits: true
  }));
  var bytes = xbytes(size, _objectSpread(_objectSpread({}, options), {}, {
    iec: false,
    bits: false
  }));
  var iecBits = xbytes(size, _objectSpread(_objectSpread({}, options), {}, {
    iec: true,
    bits: true
  }));
  var iecBytes = xbytes(size, _objectSpread(_objectSpread({}, options), {}, {
    iec: true,
    bits: false
  }));
  return {
    bytes: bytes,
    iecBytes: iecBytes,
    bits: bits,
    iecBits: iecBits
  };
}
function relative(data, options) {
  var parsed = parseBytes(data);
  var result = internalRelationEngine(parsed, options);
  return _objectSpread({
    parsed: parsed,
    size: parsed.size,
    raw: data
  }, result);
}
relative.bits = function (data, opts) {
  return relative(data, opts).bits;
};
relative.bytes = function (data, opts) {
  return relative(data, opts).bytes;
};
relative.iecBits = function (data, opts) {
  return relative(data, opts).iecBits;
};
relative.iecBytes = function (data, opts) {
  return relative(data, opts).iecBytes;
};
relative.size = function (size, unit, options) {
  var parsed = parseBytes(size);
  var _ref5 = [],
    result = _ref5[0],
    props = _ref5[1];
  if (result = parseUnit(unit)) {
    props = {
      iec: result.iec,
      bits: result.bits,
      prefixIndex: result.prefixIndex
    };
  }
  return xbytes(parsed.bytes, _objectSpread(_objectSpread({}, options), props));
};
function createByteParser(config) {
  return function staticByteParser(size) {
    return xbytes(size, config);
  };
}
function createSizeParser(config) {
  return function staticSizeParser(size) {
    return parseSize(size, config);
  };
}
function createRelativeSizer(unit, config) {
  return function staticRelativeSizer(size) {
    return relative.size(size, unit, config);
  };
}
function parseByteOrByteArray(input) {
  return (Array.isArray(input) ? input : [input]).map(hybridResolve);
}
var ByteUnitObject = /*#__PURE__*/function () {
  function ByteUnitObject(bytes) {
    _classCallCheck(this, ByteUnitObject);
    if (!isParsable(bytes)) throw Error('<bytes> argument must be a finite value');
    this.bytes = hybridResolve(bytes);
    this.checkInternalByteVal();
  }
  return _createClass(ByteUnitObject, [{
    key: "checkInternalByteVal",
    value: function checkInternalByteVal() {
      if (!Number.isFinite(this.bytes)) throw Error('Internal container for bytes value invalid, probably corrupted from external source');
    }
  }, {
    key: "add",
    value: function add(bytes) {
      if (!isParsable(bytes)) throw Error('<bytes> argument must be a finite value');
      this.checkInternalByteVal();
      return new ByteUnitObject(this.bytes + parseByteOrByteArray(bytes).reduce(function (a, v) {
        return a + v;
      }, 0));
    }
  }, {
    key: "subtract",
    value: function subtract(bytes) {
      if (!isParsable(bytes)) throw Error('<bytes> argument must be a finite value');
      this.checkInternalByteVal();
      return new ByteUnitObject(this.bytes - parseByteOrByteArray(bytes).reduce(function (a, v) {
        return a + v;
      }, 0));
    }
  }, {
    key: "multiply",
    value: function multiply(bytes) {
      if (!isParsable(bytes)) throw Error('<bytes> argument must be a finite value');
      this.checkInternalByteVal();
      return new ByteUnitObject(this.bytes * parseByteOrByteArray(bytes).reduce(function (a, v) {
        return a * v;
      }, 1));
    }
  }, {
    key: "divide",
    value: function divide(bytes) {
      if (!isParsable(bytes)) throw Error('<bytes> argument must be a finite value');
      this.checkInternalByteVal();
      return new ByteUnitObject(this.bytes / parseByteOrByteArray(bytes).reduce(function (a, v) {
        return a * v;
      }, 1));
    }
  }, {
    key: "toBits",
    value: function toBits(opts) {
      return relative.bits(this.bytes, opts);
    }
  }, {
    key: "toBytes",
    value: function toBytes(opts) {
      return relative.bytes(this.bytes, opts);
    }
  }, {
    key: "toIECBits",
    value: function toIECBits(opts) {
      return relative.iecBits(this.bytes, opts);
    }
  }, {
    key: "toIECBytes",
    value: function toIECBytes(opts) {
      return relative.iecBytes(this.bytes, opts);
    }
  }, {
    key: "convertTo",
    value: function convertTo(unit, opts) {
      if (!isUnit(unit)) throw Error('<unit> argument must be a valid UnitString. See https://github.com/miraclx/xbytes/blob/master/README.md#unitstring');
      return relative.size(this.bytes, unit, opts);
    }
  }, {
    key: "objectify",
    value: function objectify(opts) {
      return parseBytes(this.bytes, opts);
    }
  }]);
}();
function parse(bytes) {
  return new ByteUnitObject(bytes);
}
xbytes.byteFilter = byteFilter;
xbytes.unitMatcher = unitMatcher;
xbytes.genericMatcher = genericMatcher;
xbytes.globalByteFilter = globalByteFilter;
xbytes.isUnit = isUnit;
xbytes.isBytes = isBytes;
xbytes.relative = relative;
xbytes.isParsable = isParsable;
xbytes.extractBytes = extractBytes;
xbytes.parseSize = parseSize;
xbytes.parseUnit = parseUnit;
xbytes.parseBytes = parseBytes;
xbytes.parseString = parseString;
xbytes.parse = parse;
xbytes.ByteUnitObject = ByteUnitObject;
xbytes.createByteParser = createByteParser;
xbytes.createSizeParser = createSizeParser;
xbytes.createRelativeSizer = createRelativeSizer;
if (typeof module !== 'undefined') module.exports = xbytes;

/* harmony default export */ const dist = (xbytes);

;// CONCATENATED MODULE: ./src/core/size.ts

// Units a budget may use. Lower-case `b` means bits to xbytes, which nobody means in a size budget,
// so the accepted spellings are listed here and everything else is refused with this hint.
const SIZE_FORM = /^\s*\d+(\.\d+)?\s*(B|[kK]B|MB|GB|TB|KiB|MiB|GiB|TiB)?\s*$/;
const SIZE_FORMS = 'a size like 25MB, 1.5GiB or 30000000 (bytes)';
/** Parses a size budget into bytes: decimal (MB = 10^6) and binary (MiB = 2^20) units, or plain bytes. */
function size_parseSize(text) {
    if (!SIZE_FORM.test(text))
        return undefined;
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed);
    const bytes = dist.parseSize(trimmed.replace(/^(\d+(?:\.\d+)?)\s*kB$/, '$1KB'));
    return bytes === undefined || !Number.isFinite(bytes) ? undefined : Math.round(bytes);
}
const GROWTH_FORMS = 'a percentage like 5% or a size with a unit like 10MB or 1.5MiB';
/**
 * Parses `5%`, `2.5 %` or a size with a unit (`10MB`, `1.5MiB`). A bare number is refused: `5` is
 * far more likely a forgotten `%` than five bytes.
 */
function parseGrowth(text) {
    const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
    if (percent)
        return { percent: Number(percent[1]) };
    const bytes = /^\s*\d+(\.\d+)?\s*$/.test(text) ? undefined : size_parseSize(text);
    return bytes === undefined ? undefined : { bytes };
}
/** The growth allowed from `before`, in bytes. */
function allowedGrowth(limit, before) {
    return 'bytes' in limit ? limit.bytes : Math.floor((before * limit.percent) / 100);
}

;// CONCATENATED MODULE: ./src/core/platform.ts
// The platforms BuildKit knows, as containerd's `platforms` package normalizes them: a
// well-formed name outside these (`linux/potato`) would otherwise fail late, as a registry lookup.
const PLATFORM_FORMS = 'one platform as os/arch or os/arch/variant, e.g. linux/amd64, linux/arm64 or linux/arm/v7';
const KNOWN_OS = new Set([
    'aix',
    'android',
    'darwin',
    'dragonfly',
    'freebsd',
    'illumos',
    'ios',
    'js',
    'linux',
    'netbsd',
    'openbsd',
    'plan9',
    'solaris',
    'wasip1',
    'windows'
]);
const KNOWN_ARCH = new Set([
    '386',
    'amd64',
    'arm',
    'arm64',
    'loong64',
    'mips',
    'mipsle',
    'mips64',
    'mips64le',
    'ppc64',
    'ppc64le',
    'riscv64',
    's390x',
    'wasm',
    // containerd's aliases
    'x86_64',
    'x86-64',
    'aarch64',
    'i386',
    'armhf',
    'armel'
]);
/** True when `value` has the form os/arch[/variant]. */
function isPlatformForm(value) {
    return /^[a-z0-9]+\/[a-z0-9_-]+(\/[a-z0-9]+)?$/.test(value);
}
/** What is unknown about a well-formed platform (`architecture "potato"`), or undefined. */
function unknownPlatformPart(value) {
    const [os, arch] = value.split('/');
    if (!KNOWN_OS.has(os))
        return `operating system ${JSON.stringify(os)}`;
    if (!KNOWN_ARCH.has(arch))
        return `architecture ${JSON.stringify(arch)}`;
    return undefined;
}

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


// white space characters
// https://en.wikipedia.org/wiki/Whitespace_character
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_Expressions/Character_Classes#Types
// \f\n\r\t\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff
const np = 12;
const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal
const space = 32;
const tab = 9;

const init_state = function (options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding),
    ],
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js




const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`,
      ],
      options,
    );
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (delimiter === undefined || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js





const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const api_cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const api_nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === api_cr || chr === api_nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              obj[columns[i].name] !== undefined
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function (buf, pos) {
      const isTrim = (buf, pos) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf[pos + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js


const sync_parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  // 250606: `parser.parse` was implemented as 2 calls:
  // const err1 = parser.parse(data, false, push, close);
  // if (err1 !== undefined) throw err1;
  // const err2 = parser.parse(undefined, true, push, close);
  // if (err2 !== undefined) throw err2;
  return records;
};

// export default parse



;// CONCATENATED MODULE: ./src/core/input-error.ts
/** A user mistake in an input: shown as one line, never with a stack trace. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}

;// CONCATENATED MODULE: ./src/core/build-inputs.ts


/**
 * The inputs docker/build-push-action takes to shape a build, with its names, its list forms and
 * its meaning, so a step that builds with it can pass the same lines here.
 */
const BuildInput = {
    Secrets: 'secrets',
    SecretFiles: 'secret-files',
    SecretEnvs: 'secret-envs',
    Ssh: 'ssh',
    CacheFrom: 'cache-from',
    CacheTo: 'cache-to',
    BuildContexts: 'build-contexts',
    Labels: 'labels',
    NoCache: 'no-cache',
    Network: 'network',
    AddHosts: 'add-hosts',
    ShmSize: 'shm-size',
    Ulimit: 'ulimit',
    Allow: 'allow'
};
const NO_BUILD_OPTIONS = {
    secrets: [],
    ssh: [],
    cacheFrom: [],
    cacheTo: [],
    buildContexts: [],
    labels: [],
    noCache: false,
    addHosts: [],
    ulimits: [],
    allow: []
};
/** Reads the build-push-action inputs; '' for one not set. Throws an InputError naming the input. */
function parseBuildInputs(read) {
    const list = (name, ignoreComma) => listInput(read(name), ignoreComma);
    const text = (name) => read(name).trim() || undefined;
    return {
        secrets: [
            ...secretsOf(BuildInput.Secrets, list(BuildInput.Secrets, true), value => ({
                kind: 'value',
                value
            })),
            ...secretsOf(BuildInput.SecretFiles, list(BuildInput.SecretFiles, true), path => ({
                kind: 'file',
                path
            })),
            ...secretsOf(BuildInput.SecretEnvs, list(BuildInput.SecretEnvs, false), name => ({
                kind: 'env',
                name
            }))
        ],
        ssh: list(BuildInput.Ssh, false),
        cacheFrom: list(BuildInput.CacheFrom, true),
        cacheTo: list(BuildInput.CacheTo, true),
        buildContexts: contextsOf(list(BuildInput.BuildContexts, true)),
        labels: list(BuildInput.Labels, true),
        noCache: booleanOf(BuildInput.NoCache, read(BuildInput.NoCache).trim()),
        network: text(BuildInput.Network),
        addHosts: list(BuildInput.AddHosts, false),
        shmSize: text(BuildInput.ShmSize),
        ulimits: list(BuildInput.Ulimit, true),
        allow: list(BuildInput.Allow, false)
    };
}
/**
 * A list input as @docker/actions-toolkit reads one: one item a line, or several on a line split
 * at commas; CSV quotes keep a comma (or a line break) inside an item. With `ignoreComma`, a
 * line is one item whatever its commas (`type=local,dest=dir`).
 */
function listInput(value, ignoreComma) {
    if (value.trim() === '')
        return [];
    const records = sync_parse(value, {
        columns: false,
        relaxQuotes: true,
        relaxColumnCount: true,
        skipEmptyLines: true
    });
    const items = records.flatMap(record => {
        if (ignoreComma)
            return [record.join(',')];
        return record.length === 1 ? (record[0] ?? '').split(',') : record;
    });
    return items.map(item => item.trim()).filter(item => item !== '');
}
function secretsOf(name, items, source) {
    const form = {
        secrets: 'id=value, like GIT_AUTH_TOKEN=${{ secrets.TOKEN }}',
        'secret-files': 'id=path, like netrc=${{ runner.temp }}/netrc',
        'secret-envs': 'id=ENV_NAME, like netrc=NETRC'
    }[name];
    return items.map((item, index) => {
        const at = item.indexOf('=');
        const id = at > 0 ? item.slice(0, at).trim() : '';
        const value = at > 0 ? item.slice(at + 1) : '';
        // The item itself may be the secret: name its position, never its text.
        if (id === '' || value === '')
            throw new InputError(`${name}: item ${index + 1} is not ${form}`);
        return { id, source: source(name === 'secrets' ? value : value.trim()) };
    });
}
function contextsOf(items) {
    for (const item of items) {
        if (!/^[^=\s]+=\S/.test(item)) {
            throw new InputError(`${BuildInput.BuildContexts} takes name=path or name=docker-image://image, one a line; got ${JSON.stringify(item)}`);
        }
    }
    return items;
}
function booleanOf(name, value) {
    if (value === '')
        return false;
    if (/^(true|yes|on)$/i.test(value))
        return true;
    if (/^(false|no|off)$/i.test(value))
        return false;
    throw new InputError(`${name} must be true or false; got ${JSON.stringify(value)}`);
}

;// CONCATENATED MODULE: ./src/core/inputs.ts






/** Input names as action.yml spells them; the CLI uses the same names as `--flags`. */
const Input = {
    Mode: 'mode',
    Context: 'context',
    File: 'file',
    Dockerfiles: 'dockerfiles',
    Target: 'target',
    BuildArgs: 'build-args',
    Platform: 'platform',
    Builder: 'builder',
    Pull: 'pull',
    MaxSize: 'max-size',
    MaxCompressedSize: 'max-compressed-size',
    MaxLayers: 'max-layers',
    MaxIncrease: 'max-increase',
    WarnSize: 'warn-size',
    MaxBinarySize: 'max-binary-size',
    Baseline: 'baseline',
    BaselineImage: 'baseline-image',
    FailOnBudget: 'fail-on-budget',
    Alternative: 'alternative',
    GoPackage: 'go-package',
    VerifyArgs: 'verify-args',
    VerifyPort: 'verify-port',
    VerifyPath: 'verify-path',
    VerifyTimeout: 'verify-timeout',
    DriftThreshold: 'drift-threshold',
    FailOnDrift: 'fail-on-drift',
    DriftHistory: 'drift-history',
    DriftLabel: 'drift-label',
    DriftTitle: 'drift-title',
    Comment: 'comment',
    CommentBundle: 'comment-bundle',
    CommentKey: 'comment-key',
    GithubToken: 'github-token',
    // An image built earlier in the job, and build inputs (as in docker/build-push-action)
    Image: 'image',
    ...BuildInput
};
/** Turns raw input strings into one validated `Inputs`, or throws an InputError naming the input. */
function parseInputs(read) {
    const text = (name) => read(name).trim();
    const optional = (name) => text(name) || undefined;
    const context = text(Input.Context) || '.';
    // A line starting with # is a comment, as in other actions' path inputs.
    const dockerfiles = lines(read(Input.Dockerfiles)).filter(line => !line.startsWith('#'));
    if (dockerfiles.length > 0 && text(Input.File)) {
        throw new InputError(`${Input.File} and ${Input.Dockerfiles} cannot be used together: set ${Input.File} for one image, or list every Dockerfile in ${Input.Dockerfiles}`);
    }
    if (dockerfiles.length > 0 && text(Input.Image)) {
        throw new InputError(`${Input.Image} and ${Input.Dockerfiles} cannot be used together: ${Input.Image} names the one image of ${Input.File}; to measure several prebuilt images, run one step per image with ${Input.File} and ${Input.Image}`);
    }
    return {
        mode: choiceInput(Input.Mode, text(Input.Mode), ['auto', 'check', 'drift', 'comment'], 'auto'),
        context,
        file: text(Input.File) || external_node_path_namespaceObject.join(context, 'Dockerfile'),
        dockerfiles,
        contextGiven: text(Input.Context) !== '',
        target: optional(Input.Target),
        buildArgs: parseBuildArgs(read(Input.BuildArgs)),
        platform: platformInput(text(Input.Platform)),
        builder: optional(Input.Builder),
        pull: text(Input.Pull) === '' ? undefined : booleanInput(Input.Pull, text(Input.Pull), false),
        budget: {
            maxSize: sizeInput(Input.MaxSize, text(Input.MaxSize)),
            maxCompressedSize: sizeInput(Input.MaxCompressedSize, text(Input.MaxCompressedSize)),
            maxLayers: countInput(Input.MaxLayers, text(Input.MaxLayers), 1),
            maxIncrease: growthInput(Input.MaxIncrease, text(Input.MaxIncrease)),
            warnSize: sizeInput(Input.WarnSize, text(Input.WarnSize)),
            maxBinarySize: sizeInput(Input.MaxBinarySize, text(Input.MaxBinarySize))
        },
        failOnBudget: booleanInput(Input.FailOnBudget, text(Input.FailOnBudget), true),
        ...baselineInputs(text(Input.Baseline), text(Input.BaselineImage)),
        alternative: choiceInput(Input.Alternative, text(Input.Alternative), ['scratch', 'none'], 'scratch'),
        goPackage: optional(Input.GoPackage),
        verify: {
            args: lines(read(Input.VerifyArgs)),
            port: countInput(Input.VerifyPort, text(Input.VerifyPort), 1, 65535),
            path: pathInput(text(Input.VerifyPath)),
            timeoutMs: 1000 * (countInput(Input.VerifyTimeout, text(Input.VerifyTimeout), 1, 3600) ?? 30)
        },
        drift: {
            threshold: growthInput(Input.DriftThreshold, text(Input.DriftThreshold)),
            failOnDrift: booleanInput(Input.FailOnDrift, text(Input.FailOnDrift), false),
            history: countInput(Input.DriftHistory, text(Input.DriftHistory), 2, 1000) ?? 90,
            label: text(Input.DriftLabel) || 'image-size-drift',
            title: text(Input.DriftTitle)
        },
        comment: choiceInput(Input.Comment, text(Input.Comment), ['auto', 'always', 'never'], 'auto'),
        commentBundle: text(Input.CommentBundle) || '.',
        commentKey: text(Input.CommentKey),
        githubToken: text(Input.GithubToken),
        image: optional(Input.Image),
        buildOptions: parseBuildInputs(read)
    };
}
function baselineInputs(mode, image) {
    const baseline = choiceInput(Input.Baseline, mode, ['auto', 'build', 'none'], 'auto');
    if (image === '')
        return { baseline };
    if (baseline === 'none') {
        throw new InputError(`${Input.Baseline}: none and ${Input.BaselineImage} cannot be used together: remove ${Input.BaselineImage} to compare with nothing, or ${Input.Baseline} to compare with the image`);
    }
    if (/\s/.test(image)) {
        throw new InputError(`${Input.BaselineImage} must be one image reference, like ghcr.io/acme/api:main; got ${JSON.stringify(image)}`);
    }
    return { baseline, baselineImage: image };
}
function lines(value) {
    return value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
}
function parseBuildArgs(value) {
    const args = {};
    for (const line of lines(value)) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!match) {
            throw new InputError(`${Input.BuildArgs} takes one KEY=VALUE per line (KEY of letters, digits and _); got ${JSON.stringify(line)}`);
        }
        args[match[1]] = match[2];
    }
    return args;
}
function platformInput(value) {
    if (value === '')
        return undefined;
    if (!isPlatformForm(value)) {
        throw new InputError(`${Input.Platform} must be ${PLATFORM_FORMS}; got ${JSON.stringify(value)}`);
    }
    return value;
}
function sizeInput(name, value) {
    if (value === '')
        return undefined;
    const bytes = size_parseSize(value);
    if (bytes === undefined || bytes <= 0) {
        throw new InputError(`${name} must be ${SIZE_FORMS}; got ${JSON.stringify(value)}`);
    }
    return bytes;
}
function growthInput(name, value) {
    if (value === '')
        return undefined;
    const growth = parseGrowth(value);
    if (growth === undefined)
        throw new InputError(`${name} must be ${GROWTH_FORMS}; got ${JSON.stringify(value)}`);
    return growth;
}
function countInput(name, value, min, max = Number.MAX_SAFE_INTEGER) {
    if (value === '')
        return undefined;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) {
        const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
        throw new InputError(`${name} must be a whole number ${range}; got ${JSON.stringify(value)}`);
    }
    return n;
}
function booleanInput(name, value, fallback) {
    if (value === '')
        return fallback;
    if (/^(true|yes|on)$/i.test(value))
        return true;
    if (/^(false|no|off)$/i.test(value))
        return false;
    throw new InputError(`${name} must be true or false; got ${JSON.stringify(value)}`);
}
function choiceInput(name, value, choices, fallback) {
    if (value === '')
        return fallback;
    const choice = choices.find(c => c === value.toLowerCase());
    if (choice === undefined) {
        throw new InputError(`${name} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}`);
    }
    return choice;
}
function pathInput(value) {
    if (value === '')
        return '/';
    if (!value.startsWith('/')) {
        throw new InputError(`${Input.VerifyPath} must be an HTTP path starting with /, like /healthz; got ${JSON.stringify(value)}`);
    }
    return value;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/core/build-key.ts


/** `v1-` and 16 hex digits of SHA-256 over the build's shape: short enough for a cache key. */
function buildKeyOf(shape) {
    const canonical = JSON.stringify([
        normalPath(shape.file),
        normalPath(shape.context),
        shape.target ?? '',
        // Sorted, so the order build args were listed in does not matter.
        Object.entries(shape.buildArgs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        shape.platform ?? ''
    ]);
    return `v1-${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}
/** `./Dockerfile`, `Dockerfile` and `sub/../Dockerfile` name the same file, on any runner. */
function normalPath(value) {
    return external_node_path_namespaceObject.posix.normalize(value.replace(/\\/g, '/')).replace(/\/$/, '') || '.';
}

;// CONCATENATED MODULE: ./src/core/format.ts

// How every report (the comment, the job summary, the drift issue, the terminal) writes sizes,
// changes and percentages, so the same figure reads the same wherever a reader meets it.
/** `712 MB`, `7.5 MB`, `1.53 MB`-style human size in decimal units, three significant digits. */
function format_formatBytes(bytes) {
    const magnitude = Math.abs(bytes);
    if (magnitude < 1000)
        return `${bytes} B`;
    const scaled = magnitude / 1000 ** Math.floor(Math.log10(magnitude) / 3);
    const text = dist(bytes, { fixed: scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2 });
    return text.replace(/\.(\d*?)0+ /, (_, kept) => (kept ? `.${kept} ` : ' '));
}
/** `+12.4 MB`/`-3 MB`/`±0 B`: a signed size difference. */
function format_formatDelta(bytes) {
    return `${bytes > 0 ? '+' : bytes < 0 ? '-' : '±'}${format_formatBytes(Math.abs(bytes))}`;
}
/** `12,345,678 bytes`: the exact figure next to a rounded one. */
function formatExactBytes(bytes) {
    return `${bytes.toLocaleString('en-US')} bytes`;
}
/** PART as a percentage of WHOLE with one decimal; 0 when there is no whole to compare with. */
function percentOf(part, whole) {
    return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}
/** `3.1%`, `99.8%`. */
function format_formatPercent(percent) {
    return `${percent}%`;
}
/** `+12.4 MB (+3.1%)`, `-4 MB (-1.6%)`, or `±0` when nothing changed. */
function formatChange(before, after) {
    const delta = after - before;
    if (delta === 0)
        return '±0';
    const percent = percentOf(delta, before);
    return `${format_formatDelta(delta)} (${percent > 0 ? '+' : ''}${format_formatPercent(percent)})`;
}
/** `+2`, `-1`, `±0`: a change in a count, such as layers. */
function formatCountChange(before, after) {
    const delta = after - before;
    return delta > 0 ? `+${delta}` : delta < 0 ? String(delta) : '±0';
}
/** `5%` or `10 MB`: a limit on growth as a reader would write it. */
function formatGrowthLimit(limit) {
    return 'bytes' in limit ? format_formatBytes(limit.bytes) : format_formatPercent(limit.percent);
}
/** `just now`, `12 min ago`, `3 h ago`, `2 d ago`: how old a recorded figure is, rounded down. */
function formatAge(seconds) {
    if (seconds < 60)
        return 'just now';
    if (seconds < 3600)
        return `${Math.floor(seconds / 60)} min ago`;
    if (seconds < 86_400)
        return `${Math.floor(seconds / 3600)} h ago`;
    return `${Math.floor(seconds / 86_400)} d ago`;
}
/** `14 s`, `2 min 5 s`, `1 h 3 min`: a duration as a progress line says it, rounded up to a second. */
function formatDuration(seconds) {
    const whole = Math.max(0, Math.ceil(seconds));
    if (whole < 60)
        return `${whole} s`;
    if (whole < 3600)
        return `${Math.floor(whole / 60)} min ${whole % 60} s`;
    return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}

;// CONCATENATED MODULE: ./src/core/budget.ts


/** Checks figures against each limit that is set. Pure: the caller decides to fail or warn. */
function checkBudget(budget, figures) {
    const checks = [];
    const unchecked = [];
    if (budget.maxSize !== undefined)
        checks.push(sizeCheck('size', figures.size, budget.maxSize));
    if (budget.maxCompressedSize !== undefined) {
        if (figures.compressedSize !== undefined) {
            checks.push(sizeCheck('compressed size', figures.compressedSize, budget.maxCompressedSize));
        }
        else {
            unchecked.push({
                name: 'compressed size',
                limit: format_formatBytes(budget.maxCompressedSize),
                reason: 'the compressed size was not measured'
            });
        }
    }
    if (budget.maxLayers !== undefined) {
        checks.push({
            name: 'layers',
            severity: 'fail',
            actual: figures.layers,
            limit: budget.maxLayers,
            within: figures.layers <= budget.maxLayers,
            detail: `${figures.layers} of ${budget.maxLayers} layers`
        });
    }
    const { baseline } = figures;
    if (budget.maxIncrease !== undefined && baseline && 'unavailable' in baseline) {
        unchecked.push({
            name: 'increase',
            limit: formatGrowthLimit(budget.maxIncrease),
            reason: baseline.unavailable
        });
    }
    else if (budget.maxIncrease !== undefined && baseline && 'size' in baseline) {
        const growth = figures.size - baseline.size;
        const limit = allowedGrowth(budget.maxIncrease, baseline.size);
        checks.push({
            name: 'increase',
            severity: 'fail',
            actual: growth,
            limit,
            within: growth <= limit,
            detail: `${format_formatDelta(growth)} of ${formatGrowthLimit(budget.maxIncrease)}`
        });
    }
    if (budget.maxBinarySize !== undefined) {
        if (figures.binarySize !== undefined) {
            checks.push(sizeCheck('binary size', figures.binarySize, budget.maxBinarySize));
        }
        else {
            unchecked.push({
                name: 'binary size',
                limit: format_formatBytes(budget.maxBinarySize),
                reason: 'no Go binary was read in the image'
            });
        }
    }
    if (budget.warnSize !== undefined) {
        checks.push({ ...sizeCheck('warn size', figures.size, budget.warnSize), severity: 'warn' });
    }
    return {
        within: checks.every(check => check.within || check.severity === 'warn'),
        checks,
        unchecked
    };
}
function sizeCheck(name, actual, limit) {
    return {
        name,
        severity: 'fail',
        actual,
        limit,
        within: actual <= limit,
        detail: `${format_formatBytes(actual)} of ${format_formatBytes(limit)}`
    };
}
/** The checks that decide the verdict and were not met. */
function breaches(verdict) {
    return verdict.checks.filter(check => !check.within && check.severity === 'fail');
}
/** The early warnings that were passed. */
function warnings(verdict) {
    return verdict.checks.filter(check => !check.within && check.severity === 'warn');
}
/**
 * What the `within-budget` output says: every configured limit was checked and met. A limit that
 * could not be checked is not taken as met, though it does not fail the step either.
 */
function withinEveryLimit(verdict) {
    return verdict.within && verdict.unchecked.length === 0;
}
/** `increase (5%): the base commit could not be fetched: …` for each limit not checked. */
function describeUnchecked(verdict) {
    return verdict.unchecked.map(rule => `${rule.name} (${rule.limit}): ${rule.reason}`);
}
/** One line for logs and annotations: `size 712 MB of 50 MB, layers 14 of 10 layers`. */
function describeBreaches(verdict) {
    return breaches(verdict)
        .map(check => `${check.name} ${check.detail}`)
        .join(', ');
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __nccwpck_require__(8390);
;// CONCATENATED MODULE: ./src/dockerfile/read/base-images.ts
const GOLANG_ENV = new Map([
    ['GOPATH', '/go'],
    ['PATH', '/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']
]);
/** Defaults of the images Go Dockerfiles commonly start from; anything else is assumed plain. */
function baseImageDefaults(image) {
    const { name, tag } = splitImage(image);
    if (name === 'golang' || name === 'library/golang' || name === 'docker.io/library/golang') {
        return { env: GOLANG_ENV, workdir: '/go', isGolang: true };
    }
    if (isDistroless(image) && /nonroot/.test(tag)) {
        return { env: new Map(), workdir: '/home/nonroot', user: '65532', isGolang: false };
    }
    return { env: new Map(), workdir: '/', isGolang: false };
}
/** Google's distroless images, whose nonroot user (65532) has its home at /home/nonroot. */
function isDistroless(image) {
    return splitImage(image).name.startsWith('gcr.io/distroless/');
}
/** Splits `registry/name:tag@digest` into its name and tag (the tag may be empty). */
function splitImage(image) {
    const withoutDigest = image.split('@')[0];
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    if (colon > slash) {
        return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) };
    }
    return { name: withoutDigest, tag: '' };
}

;// CONCATENATED MODULE: ./src/dockerfile/read/shell-words.ts
/**
 * Just enough of POSIX shell word splitting to read one RUN, CMD or HEALTHCHECK: words with
 * their quoting undone, control operators, and where each token sits in the source so a
 * caller can rewrite one word without touching the rest of the line.
 */
/** Operators that end one simple command and start the next. */
const SEPARATORS = new Set(['&&', '||', '|', ';', '&', '(', ')', '\n', ';;']);
const OPERATOR_CHARS = '&|;()<>';
/** Splits shell source into words and operators. `escape` is the Dockerfile escape character. */
function tokenizeShell(source, escape = '\\') {
    const tokens = [];
    let i = 0;
    const n = source.length;
    while (i < n) {
        const c = source[i];
        if (c === escape && source[i + 1] === '\n') {
            i = skipContinuation(source, i + 2);
            continue;
        }
        if (c === '\n') {
            tokens.push({ kind: 'operator', value: '\n', start: i, end: i + 1 });
            i++;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
            continue;
        }
        if (c === '#') {
            while (i < n && source[i] !== '\n')
                i++;
            continue;
        }
        const operator = readOperator(source, i);
        if (operator) {
            tokens.push(operator);
            i = operator.end;
            continue;
        }
        const word = readWord(source, i, escape);
        tokens.push(word);
        i = word.end;
    }
    return tokens;
}
/** After a line continuation, Docker drops whole comment lines before the shell sees them. */
function skipContinuation(source, from) {
    let i = from;
    for (;;) {
        let j = i;
        while (source[j] === ' ' || source[j] === '\t')
            j++;
        if (source[j] !== '#')
            return i;
        while (j < source.length && source[j] !== '\n')
            j++;
        i = j + 1;
    }
}
/** Reads an operator at the start of a token, or returns null when a word starts here. */
function readOperator(source, at) {
    // A redirection may start with a file descriptor number: `2>&1`, `1>/dev/null`.
    const fd = /^\d+(?=[<>])/.exec(source.slice(at, at + 12));
    const start = at;
    let i = at;
    if (fd)
        i += fd[0].length;
    else if (!OPERATOR_CHARS.includes(source[at]))
        return null;
    const two = source.slice(i, i + 2);
    if (['&&', '||', ';;', '>>', '<<', '>&', '<&', '>|'].includes(two))
        i += 2;
    else if (OPERATOR_CHARS.includes(source[i]))
        i += 1;
    else
        return null;
    // `>&1` and `<&0` duplicate a descriptor: keep its number with the operator.
    if (source[i - 1] === '&' && /[<>]/.test(source[i - 2] ?? '')) {
        while (/\d|-/.test(source[i] ?? ''))
            i++;
    }
    return { kind: 'operator', value: source.slice(start, i), start, end: i };
}
function readWord(source, at, escape) {
    let i = at;
    let value = '';
    let expands = false;
    let globs = false;
    const n = source.length;
    while (i < n) {
        const c = source[i];
        if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || OPERATOR_CHARS.includes(c))
            break;
        if (c === escape) {
            if (source[i + 1] === '\n') {
                i = skipContinuation(source, i + 2);
                continue;
            }
            value += source[i + 1] ?? '';
            i += 2;
            continue;
        }
        if (c === "'") {
            const close = source.indexOf("'", i + 1);
            const end = close === -1 ? n : close;
            value += source.slice(i + 1, end);
            i = end + 1;
            continue;
        }
        if (c === '"') {
            i++;
            while (i < n && source[i] !== '"') {
                const d = source[i];
                if (d === escape && '"$`\\\n'.includes(source[i + 1] ?? '')) {
                    if (source[i + 1] !== '\n')
                        value += source[i + 1];
                    i += 2;
                    continue;
                }
                if (startsExpansion(source, i)) {
                    const end = expansionEnd(source, i);
                    value += source.slice(i, end);
                    expands = true;
                    i = end;
                    continue;
                }
                if (d === '$' || d === '`')
                    expands = true;
                value += d;
                i++;
            }
            i++;
            continue;
        }
        if (startsExpansion(source, i)) {
            // `$(…)`, `${…}` and backquotes are one piece of the word, spaces and parentheses included.
            const end = expansionEnd(source, i);
            value += source.slice(i, end);
            expands = true;
            i = end;
            continue;
        }
        if (c === '$')
            expands = true;
        if (c === '*' || c === '?' || c === '[')
            globs = true;
        value += c;
        i++;
    }
    const end = Math.min(i, n);
    return { kind: 'word', value, raw: source.slice(at, end), start: at, end, expands, globs };
}
/** A command substitution, an arithmetic expansion or a braced parameter starts at `at`. */
function startsExpansion(source, at) {
    return (source[at] === '`' || (source[at] === '$' && (source[at + 1] === '(' || source[at + 1] === '{')));
}
/** Where the expansion that starts at `at` ends: after its matching `)`, `}` or backquote. */
function expansionEnd(source, at) {
    const n = source.length;
    if (source[at] === '`') {
        let i = at + 1;
        while (i < n && source[i] !== '`')
            i += source[i] === '\\' ? 2 : 1;
        return Math.min(i + 1, n);
    }
    const open = source[at + 1];
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    let i = at + 1;
    while (i < n) {
        const c = source[i];
        if (c === '\\') {
            i += 2;
            continue;
        }
        if (c === "'" && open === '(') {
            const quoteEnd = source.indexOf("'", i + 1);
            i = quoteEnd === -1 ? n : quoteEnd + 1;
            continue;
        }
        if (c === open)
            depth++;
        else if (c === close && --depth === 0)
            return i + 1;
        i++;
    }
    return n;
}
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Groups tokens into simple commands, the unit a `go build` or `adduser` lives in. */
function simpleCommands(tokens) {
    const commands = [];
    let current = { assignments: [], words: [], plumbed: false };
    let skipNextWord = false;
    const finish = () => {
        if (current.words.length > 0 || current.assignments.length > 0)
            commands.push(current);
        current = { assignments: [], words: [], plumbed: false };
    };
    for (const token of tokens) {
        if (token.kind === 'operator') {
            if (SEPARATORS.has(token.value)) {
                const plumbing = token.value === '|' || token.value === '&';
                if (plumbing)
                    current.plumbed = true;
                finish();
                if (plumbing)
                    current.plumbed = true;
            }
            else {
                // A redirection: its target word is not an argument.
                current.plumbed = true;
                skipNextWord = !/&\d*-?$/.test(token.value);
            }
            continue;
        }
        if (skipNextWord) {
            skipNextWord = false;
            continue;
        }
        if (current.words.length === 0 && RESERVED.has(token.raw))
            continue;
        if (current.words.length === 0 && ASSIGNMENT.test(token.raw))
            current.assignments.push(token);
        else
            current.words.push(token);
    }
    finish();
    return commands;
}
/** Words that make a command line need a shell rather than a plain exec. */
function needsShell(tokens) {
    for (const token of tokens) {
        if (token.kind === 'operator' && token.value !== '\n')
            return `"${token.value}"`;
        if (token.kind === 'word' && token.expands)
            return `variable expansion in ${token.value}`;
        if (token.kind === 'word' && token.globs)
            return `the glob ${token.value}`;
        if (token.kind === 'word' && token.raw.startsWith('~'))
            return `the home directory in ${token.value}`;
    }
    const words = tokens.filter((t) => t.kind === 'word');
    if (words[0] && ASSIGNMENT.test(words[0].raw))
        return `the assignment "${words[0].raw}"`;
    if (tokens.some(t => t.kind === 'operator' && t.value === '\n'))
        return 'several lines';
    return null;
}

;// CONCATENATED MODULE: ./src/dockerfile/read/command-line.ts

/** The JSON (exec) form of an instruction's arguments, or null when it is in shell form. */
function parseJsonArray(text) {
    if (!text.startsWith('['))
        return null;
    try {
        const value = JSON.parse(text);
        if (Array.isArray(value) && value.every(item => typeof item === 'string'))
            return value;
    }
    catch {
        // Not valid JSON: Docker then runs the text in shell form, and so do we.
    }
    return null;
}
/**
 * Reads the arguments of a CMD/ENTRYPOINT (or what follows HEALTHCHECK's `CMD`): exec form when
 * it is a JSON array of strings, else shell form, for which `argv` is the equivalent exec form
 * when the text needs no shell, and `shellReason` says what needs one otherwise.
 */
function readCommandLine(text, escape = '\\') {
    const trimmed = text.trim();
    const json = parseJsonArray(trimmed);
    if (json)
        return { form: 'exec', argv: json };
    const tokens = tokenizeShell(trimmed, escape);
    const reason = needsShell(tokens);
    if (reason)
        return { form: 'shell', text: trimmed, shellReason: reason };
    const words = tokens.filter((t) => t.kind === 'word').map(word => word.value);
    // `exec app` only replaces the shell with app, which exec form does from the start.
    if (words[0] === 'exec')
        words.shift();
    return { form: 'shell', text: trimmed, argv: words };
}
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash']);
/** An exec-form command that is itself a shell (`["sh", "-c", "…"]`). */
function runsShell(argv) {
    return SHELLS.has(argv[0] ?? '') || /\/(ba|a|da|z)?sh$/.test(argv[0] ?? '');
}

;// CONCATENATED MODULE: ./src/dockerfile/read/user.ts
/** The value a USER instruction sets, variables expanded; undefined for an empty one. */
function userSetBy(node, expand) {
    return expand(node.getArgumentsContent() ?? '').trim() || undefined;
}
/** Reads a USER value, e.g. the `user` a stage or instruction runs as. */
function readUser(written, setBy) {
    const value = written?.trim() || undefined;
    const [name = '', group] = (value ?? '').split(':');
    return { written: value, name, group, isRoot: name === 'root' || name === '0', setBy };
}

;// CONCATENATED MODULE: ./src/dockerfile/read/variables.ts
const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
/**
 * Substitutes `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alternative}` the way
 * Dockerfile instructions do. A variable with no known value is left as written, so a path
 * like `/out/$TARGETARCH` stays readable instead of silently becoming `/out/`.
 */
function expandVariables(text, variables) {
    return text.replace(REFERENCE, (whole, braced, op, operand = '', bare) => {
        const name = (braced ?? bare);
        const value = variables.get(name);
        if (op === undefined)
            return value ?? whole;
        const set = op.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
        if (op.endsWith('-'))
            return set ? value : expandVariables(operand, variables);
        return set ? expandVariables(operand, variables) : value === undefined ? whole : '';
    });
}
/** Names of the variables a piece of Dockerfile text refers to. */
function referencedVariables(text) {
    return [...text.matchAll(REFERENCE)].map(match => (match[1] ?? match[4]));
}

;// CONCATENATED MODULE: ./src/dockerfile/read/parse.ts






/** Parses a Dockerfile into stages whose instructions know their ARG/ENV values and WORKDIR. */
function parseDockerfile(text, buildArgs) {
    const ast = main.DockerfileParser.parse(text);
    const lines = text.split(/\r?\n/);
    const globals = new Map();
    const stages = [];
    let stage;
    for (const node of ast.getInstructions()) {
        const keyword = node.getKeyword().toUpperCase();
        if (keyword === 'FROM') {
            stage = startStage(node, stages, globals);
            stages.push(stage);
            continue;
        }
        if (!stage) {
            if (keyword === 'ARG') {
                for (const [name, value] of argDeclarations(node)) {
                    const resolved = buildArgs[name] ?? (value === undefined ? undefined : expand(value));
                    if (resolved !== undefined)
                        globals.set(name, resolved);
                }
            }
            continue;
        }
        stage.instructions.push({
            node,
            keyword,
            startLine: node.getRange().start.line,
            endLine: node.getRange().end.line,
            variables: new Map(stage.variables),
            workdir: stage.workdir,
            user: stage.user
        });
        Object.assign(stage, stateAfter(stage, node, keyword, buildArgs, globals));
    }
    function expand(value) {
        return expandVariables(value, globals);
    }
    return { lines, escape: ast.getEscapeCharacter(), stages };
}
function startStage(from, stages, globals) {
    const image = expandVariables(from.getImage() ?? '', globals);
    const parent = stages.find(s => s.name !== undefined && s.name === image.toLowerCase());
    const base = parent ? parent.base : baseImageDefaults(image);
    const name = from.getBuildStage()?.toLowerCase() ?? undefined;
    return {
        index: stages.length,
        name,
        from,
        fromLine: from.getRange().start.line,
        image,
        parent,
        base,
        instructions: [],
        moduleRoot: parent?.moduleRoot,
        variables: new Map(parent ? parent.variables : base.env),
        workdir: parent ? parent.workdir : base.workdir,
        user: parent ? parent.user : base.user
    };
}
function stateAfter(before, node, keyword, buildArgs, globals) {
    const variables = new Map(before.variables);
    const after = {
        variables,
        workdir: before.workdir,
        user: before.user,
        moduleRoot: before.moduleRoot
    };
    const expand = (value) => expandVariables(value, variables);
    switch (keyword) {
        case 'ARG':
            for (const [name, value] of argDeclarations(node)) {
                const resolved = buildArgs[name] ?? (value === undefined ? globals.get(name) : expand(value));
                if (resolved !== undefined)
                    variables.set(name, resolved);
            }
            break;
        case 'ENV':
            for (const property of node.getProperties()) {
                variables.set(property.getName(), expand(property.getValue() ?? ''));
            }
            break;
        case 'WORKDIR':
            after.workdir = external_node_path_namespaceObject.posix.resolve(before.workdir, expand(node.getArgumentsContent() ?? ''));
            break;
        case 'USER':
            after.user = userSetBy(node, expand);
            break;
        case 'COPY':
        case 'ADD':
            after.moduleRoot = moduleRootAfterCopy(node, expand, before.workdir) ?? before.moduleRoot;
            break;
    }
    return after;
}
/** `ARG A B=2` declares two variables; the AST reads it as one, so split it here. */
function argDeclarations(node) {
    const declarations = [];
    for (const property of node.getProperties()) {
        const value = property.getValue();
        if (property.getAssignmentOperator() === null && value !== null) {
            declarations.push([property.getName(), undefined]);
            for (const name of value.split(/\s+/).filter(Boolean))
                declarations.push([name, undefined]);
        }
        else {
            declarations.push([property.getName(), value ?? undefined]);
        }
    }
    return declarations;
}
/** A COPY of `.` or `go.mod` tells where the module root is in this stage. */
function moduleRootAfterCopy(node, expand, workdir) {
    const words = copyOperands(node);
    if (words.length < 2)
        return undefined;
    const sources = words.slice(0, -1).map(expand);
    const destination = expand(words[words.length - 1]);
    const copiesModule = sources.some(s => ['.', './', 'go.mod', 'go.*'].includes(s));
    if (!copiesModule)
        return undefined;
    if (flagsOf(node).some(flag => flag.getName() === 'from'))
        return undefined;
    return external_node_path_namespaceObject.posix.resolve(workdir, destination);
}
/** The `--name=value` flags of an instruction (FROM, RUN, COPY, ADD, HEALTHCHECK). */
function flagsOf(node) {
    return node instanceof main.ModifiableInstruction ? node.getFlags() : [];
}
/**
 * A RUN's `--mount=…` flags as written (secret, ssh, cache, bind, tmpfs), so a line written next
 * to it can mount the same: what the build reads through them is there for it too.
 */
function mountFlagsOf(node) {
    return flagsOf(node)
        .filter(flag => flag.getName() === 'mount' && flag.getValue())
        .map(flag => `--mount=${flag.getValue()}`);
}
/** The value of one flag, e.g. `--from`, or undefined when absent. */
function flagValue(node, name) {
    return (flagsOf(node)
        .find(flag => flag.getName() === name)
        ?.getValue() ?? undefined);
}
/** The source and destination operands of a COPY/ADD, JSON or plain form. */
function copyOperands(node) {
    const content = node.getArgumentsContent() ?? '';
    const json = parseJsonArray(content.trim());
    if (json)
        return json;
    return node.getArguments().map(argument => argument.getValue());
}
/** The exact text of an instruction, continuation lines included. */
function instructionText(parsed, instruction) {
    return parsed.lines.slice(instruction.startLine, instruction.endLine + 1).join('\n');
}
/** The arguments of an instruction as written after its keyword (and flags). */
function argumentsOf(instruction) {
    return instruction.node.getArgumentsContent() ?? '';
}
/** The operands of a COPY/ADD with their ARG and ENV references expanded. */
function expandedCopyOperands(instruction) {
    return copyOperands(instruction.node).map(o => expandVariables(o, instruction.variables));
}
/** The last instruction with this keyword: the one that counts for CMD, ENTRYPOINT, USER… */
function lastInstruction(instructions, keyword) {
    return instructions.filter(i => i.keyword === keyword).at(-1);
}

;// CONCATENATED MODULE: ./src/dockerfile/read/stages.ts


/** The stage `target` names (by name or index), or the last stage. */
function targetStage(parsed, target) {
    if (!target)
        return parsed.stages[parsed.stages.length - 1];
    return findStage(parsed, target);
}
/** The stage a `--from=` value or a `--target` names, by name or index. */
function findStage(parsed, reference) {
    const wanted = reference.toLowerCase();
    return parsed.stages.find(s => s.name === wanted || String(s.index) === wanted);
}
/** Stages the target needs: its parent chain and every stage it copies or mounts from. */
function stagesNeededBy(parsed, target) {
    const needed = new Set();
    const visit = (stage) => {
        if (needed.has(stage))
            return;
        needed.add(stage);
        if (stage.parent)
            visit(stage.parent);
        for (const instruction of stage.instructions) {
            for (const reference of stageReferences(instruction)) {
                const referenced = findStage(parsed, reference);
                if (referenced && referenced.index < stage.index)
                    visit(referenced);
            }
        }
    };
    visit(target);
    return parsed.stages.filter(stage => needed.has(stage));
}
function stageReferences(instruction) {
    const flags = flagsOf(instruction.node);
    const references = [];
    for (const flag of flags) {
        const value = expandVariables(flag.getValue() ?? '', instruction.variables);
        if (flag.getName() === 'from')
            references.push(value);
        if (flag.getName() === 'mount') {
            const from = /(?:^|,)from=([^,]+)/.exec(value);
            if (from?.[1])
                references.push(from[1]);
        }
    }
    return references;
}
/** The stage and the stages it builds on (FROM <stage>), oldest first. */
function stageChain(stage) {
    const chain = [];
    for (let s = stage; s; s = s.parent)
        chain.unshift(s);
    return chain;
}
/** True when `stage` is `ancestor` or builds on it: it sees the files `ancestor` made. */
function buildsOn(stage, ancestor) {
    return stageChain(stage).includes(ancestor);
}
/** The 0-based line where a stage's text ends: before the next FROM, or the last line. */
function stageEndLine(parsed, stage) {
    const next = parsed.stages[stage.index + 1];
    return next ? next.fromLine - 1 : parsed.lines.length - 1;
}

;// CONCATENATED MODULE: ./src/dockerfile/read/stage-facts.ts


/** What budgets and reports need to know of the Dockerfile's stages, from one parse. */
function stageFactsOf(dockerfile, target, buildArgs) {
    const parsed = parseDockerfile(dockerfile, buildArgs);
    const built = targetStage(parsed, target);
    if (!built)
        return { fromImages: [] };
    let root = built;
    while (root.parent)
        root = root.parent;
    const resolved = root.image !== 'scratch' && !root.image.includes('$');
    const fromImages = stagesNeededBy(parsed, built)
        .filter(stage => !stage.parent && stage.image !== 'scratch')
        .map(stage => stage.image);
    return {
        finalStage: { baseImage: resolved ? root.image : undefined, fromLine: built.fromLine + 1 },
        fromImages: [...new Set(fromImages)]
    };
}

;// CONCATENATED MODULE: ./src/dockerfile/read/unreadable.ts
// BuildKit's Dockerfile reader gives up on a line longer than this many bytes, and then names the
// wrong line (`Dockerfile:1`) and prints the whole line back.
const MAX_LINE_BYTES = 65_535;
/**
 * Checks what BuildKit itself cannot read, before it is asked to: binary data (a NUL byte or
 * bytes that are not UTF-8), where BuildKit says only `Internal: Internal: …`, and over-long lines.
 */
function unreadableDockerfile(bytes) {
    const nul = bytes.indexOf(0);
    if (nul >= 0 || !isUtf8(bytes)) {
        const at = nul >= 0 ? nul : firstInvalidUtf8(bytes);
        return {
            line: lineAt(bytes, at),
            reason: `the Dockerfile holds binary data (byte ${at + 1} is not text): set file to a text Dockerfile`
        };
    }
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
        const end = bytes.indexOf(0x0a, start);
        const stop = end < 0 ? bytes.length : end;
        if (stop - start > MAX_LINE_BYTES) {
            return {
                line,
                reason: `line ${line} of the Dockerfile is ${(stop - start).toLocaleString('en-US')} bytes long; BuildKit reads lines of at most ${MAX_LINE_BYTES.toLocaleString('en-US')} bytes: split it with a trailing \\ or move the text into a file`
            };
        }
        if (end < 0)
            break;
        start = end + 1;
    }
    return undefined;
}
function isUtf8(bytes) {
    return firstInvalidUtf8(bytes) < 0;
}
function firstInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
        decoder.decode(bytes);
        return -1;
    }
    catch {
        // Narrow down the first byte that does not decode, halving the prefix each time.
        let low = 0;
        let high = bytes.length;
        while (high - low > 1) {
            const middle = Math.floor((low + high) / 2);
            if (decodes(bytes.subarray(0, middle)))
                low = middle;
            else
                high = middle;
        }
        // The prefix may end inside the sequence that breaks: point at where that sequence starts.
        let start = low;
        while (start > 0 && (bytes[start - 1] & 0xc0) === 0x80)
            start--;
        return start > 0 && bytes[start - 1] >= 0xc0 ? start - 1 : low;
    }
}
/** True when `bytes` decode as UTF-8, allowing a sequence cut off at the end. */
function decodes(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
        return true;
    }
    catch {
        return false;
    }
}
function lineAt(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/tools/docker.ts

/** A docker command that exited non-zero; carries the whole result for the caller to explain. */
class DockerCommandError extends Error {
    args;
    result;
    constructor(args, result) {
        const tail = result.stderr.trim().split('\n').slice(-3).join(' | ');
        super(`docker ${args.slice(0, 2).join(' ')} exited ${result.exitCode}: ${tail}`);
        this.args = args;
        this.result = result;
        this.name = 'DockerCommandError';
    }
}
/** Starts `docker ARGS` and hands back the process, for callers that stream stdout. */
function spawnDocker(args, options = {}) {
    return (0,external_node_child_process_namespaceObject.spawn)('docker', args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: 'pipe'
    });
}
/** Runs `docker ARGS` to completion and never throws for a non-zero exit. */
function runDocker(args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = spawnDocker(args, options);
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            options.onStderr?.(chunk.toString('utf8'));
        });
        child.on('error', error => {
            clearTimeout(timer);
            reject(error.code === 'ENOENT'
                ? new Error('docker was not found on PATH: install Docker (with the buildx plugin) on the runner')
                : error);
        });
        child.on('close', code => {
            clearTimeout(timer);
            const err = Buffer.concat(stderr).toString('utf8');
            resolve({
                exitCode: code ?? 1,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: timedOut ? `${err}\n(killed after ${options.timeoutMs} ms)` : err
            });
        });
        // A command that exits before reading its input closes the pipe under us: its exit code and
        // stderr tell what happened, so the EPIPE itself is no news. Any other stdin error is.
        child.stdin.on('error', error => {
            if (error.code !== 'EPIPE')
                reject(error);
        });
        child.stdin.end(options.input ?? '');
    });
}
/** Runs `docker ARGS` and returns stdout, throwing a DockerCommandError on a non-zero exit. */
async function docker(args, options = {}) {
    const result = await runDocker(args, options);
    if (result.exitCode !== 0)
        throw new DockerCommandError(args, result);
    return result.stdout;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/measure/deflate-workers.ts


/** gzip's default level, the one `gzip` and registry clients use. */
const DEFAULT_LEVEL = 6;
/**
 * A pool of deflate worker threads, one per core, each working on one block at a time. Workers
 * start on first use, so measuring an image whose sizes are all cached starts none, and an idle
 * worker never keeps the process alive. `close()` ends them.
 */
class DeflateWorkers {
    threads;
    level;
    idle = [];
    all = [];
    queue = [];
    busy = new Map();
    nextId = 0;
    failure;
    constructor(options = {}) {
        this.level = options.level ?? DEFAULT_LEVEL;
        this.threads = Math.max(1, options.threads ?? (0,external_node_os_namespaceObject.availableParallelism)());
    }
    deflate(task) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.queue.push({ task, resolve, reject });
            this.dispatch();
        });
    }
    async close() {
        this.fail(new Error('the deflate workers were closed'));
        await Promise.all(this.all.splice(0).map(worker => worker.terminate()));
        this.idle.length = 0;
    }
    dispatch() {
        while (this.queue.length > 0) {
            const worker = this.idle.pop() ?? this.startAnother();
            if (!worker)
                return;
            const waiting = this.queue.shift();
            const id = this.nextId++;
            this.busy.set(id, waiting);
            worker.ref();
            const request = { id, ...waiting.task };
            worker.postMessage(request, [request.block]);
        }
    }
    startAnother() {
        if (this.all.length >= this.threads)
            return undefined;
        const worker = startDeflateWorker({ level: this.level });
        this.all.push(worker);
        worker.on('message', (response) => this.finished(worker, response));
        worker.on('error', error => this.fail(new Error(`a deflate worker failed: ${error.message}`)));
        worker.on('exit', code => {
            if (code !== 0)
                this.fail(new Error(`a deflate worker exited with code ${code}`));
        });
        return worker;
    }
    finished(worker, response) {
        const waiting = this.busy.get(response.id);
        this.busy.delete(response.id);
        worker.unref();
        this.idle.push(worker);
        if (waiting) {
            if (response.error !== undefined || response.bytes === undefined) {
                waiting.reject(new Error(`deflate failed: ${response.error ?? 'no result'}`));
            }
            else {
                waiting.resolve({
                    bytes: response.bytes,
                    deflated: response.deflated,
                    block: response.block
                });
            }
        }
        this.dispatch();
    }
    fail(error) {
        this.failure ??= error;
        const waiting = [...this.busy.values(), ...this.queue.splice(0)];
        this.busy.clear();
        for (const { reject } of waiting)
            reject(this.failure);
    }
}
/**
 * Starts deflate-worker.ts. In a bundle (dist/index.js, dist/cli/index.js) it is the bundle built
 * beside it in `deflate-worker/`; run from the TypeScript sources, a small bootstrap loads it
 * through tsx, as the sources themselves are loaded.
 */
function startDeflateWorker(workerData) {
    const here = import.meta.url;
    const script = here.endsWith('.ts')
        ? new URL('./deflate-worker-source.mjs', here)
        : new URL('deflate-worker/index.js', here);
    return new external_node_worker_threads_namespaceObject.Worker(script, { workerData });
}

;// CONCATENATED MODULE: ./src/measure/package-databases.ts
/*
 * The package databases an image's package manager keeps, read from the layer that writes them
 * (their text is held up to MAX_DATABASE_BYTES, only the count is kept):
 * - dpkg (Debian, Ubuntu): `/var/lib/dpkg/status`, one paragraph per package, blank-line
 *   separated, with a `Status:` field whose last word is the state (`installed`);
 * - distroless: `/var/lib/dpkg/status.d/<package>`, one such paragraph per file (often without
 *   `Status:`), beside `<package>.md5sums` files that are no paragraphs;
 * - apk (Alpine): `/lib/apk/db/installed`, one block per package, its name on a `P:` line.
 */
/** Past this a database is not held; its count is then unknown, and said so. */
const MAX_DATABASE_BYTES = 16 * 1024 * 1024;
const DPKG_STATUS = '/var/lib/dpkg/status';
const DPKG_STATUS_DIR = '/var/lib/dpkg/status.d/';
const APK_INSTALLED = '/lib/apk/db/installed';
/** Whether the file a layer writes at `path` is a package database whose packages are counted. */
function isPackageDatabase(path) {
    return (path === DPKG_STATUS ||
        path === APK_INSTALLED ||
        (path.startsWith(DPKG_STATUS_DIR) &&
            !path.slice(DPKG_STATUS_DIR.length).includes('/') &&
            !path.endsWith('.md5sums')));
}
/** The installed packages a database's text lists. */
function countPackages(path, text) {
    if (path === APK_INSTALLED)
        return text.split('\n').filter(line => line.startsWith('P:')).length;
    let count = 0;
    for (const paragraph of text.split(/\n\s*\n/)) {
        if (!/^Package:/m.test(paragraph))
            continue;
        const status = /^Status:(.*)$/m.exec(paragraph);
        // `install ok installed`; `deinstall ok config-files` is a removed package's leftovers.
        if (!status || /\binstalled\s*$/.test(status[1]))
            count++;
    }
    return count;
}
/** The package manager a database belongs to. */
function managerOf(path) {
    return path === APK_INSTALLED ? 'apk' : 'dpkg';
}

;// CONCATENATED MODULE: ./src/measure/attack-surface.ts

const PROGRAM_DIRECTORIES = ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin'];
const attack_surface_SHELLS = new Set([
    'sh',
    'ash',
    'bash',
    'rbash',
    'dash',
    'zsh',
    'ksh',
    'mksh',
    'csh',
    'tcsh',
    'fish',
    'busybox'
]);
const PACKAGE_MANAGERS = {
    apt: 'apt',
    'apt-get': 'apt',
    dpkg: 'dpkg',
    apk: 'apk',
    rpm: 'rpm',
    dnf: 'dnf',
    yum: 'yum',
    microdnf: 'microdnf'
};
/** The attack surface of a stacked final filesystem. */
function attackSurfaceOf(root, user) {
    const shells = [];
    const managers = new Set();
    for (const dir of PROGRAM_DIRECTORIES) {
        const node = nodeAt(root, dir);
        for (const [name, child] of node?.children ?? []) {
            if (child.children)
                continue;
            if (attack_surface_SHELLS.has(name))
                shells.push(`${dir}/${name}`);
            const manager = PACKAGE_MANAGERS[name];
            if (manager)
                managers.add(manager);
        }
    }
    const setuid = [];
    let executables = 0;
    let packages = 0;
    const visit = (node, path) => {
        for (const [name, child] of node.children ?? []) {
            const childPath = `${path}/${name}`;
            if (child.children) {
                visit(child, childPath);
                continue;
            }
            if (child.mode !== undefined) {
                if (child.mode & 0o111)
                    executables++;
                if (child.mode & 0o6000)
                    setuid.push(childPath);
            }
            if (isPackageDatabase(childPath) && packages !== undefined) {
                packages = child.packages === undefined ? undefined : packages + child.packages;
            }
        }
    };
    visit(root, '');
    return {
        shells: shells.sort(),
        packageManagers: [...managers].sort(),
        packages,
        setuid: setuid.sort(),
        executables,
        user: user?.trim() || 'root'
    };
}
function nodeAt(root, path) {
    let node = root;
    for (const part of path.split('/').filter(Boolean))
        node = node?.children?.get(part);
    return node;
}

;// CONCATENATED MODULE: ./src/measure/filesystem-facts.ts
/** Files whose text is kept: who the image's users and groups are, and their homes. */
const READ_FILES = ['/etc/passwd', '/etc/group'];
/** Past this a file is not held in memory; its absence is said, not guessed around. */
const MAX_READ_BYTES = 64 * 1024;
/** Whether to keep the text of the file a layer writes at `path`. */
function keepsText(path, bytes) {
    return READ_FILES.includes(path) && bytes <= MAX_READ_BYTES;
}
/** The facts of the stacked final filesystem. */
function filesystemFactsOf(root) {
    const directories = [];
    const visit = (node, path) => {
        for (const [name, child] of node.children ?? []) {
            const childPath = `${path}/${name}`;
            if (!child.children)
                continue;
            if (child.owner) {
                directories.push({
                    path: childPath,
                    ...child.owner,
                    fromBase: child.baseOwner !== undefined && sameOwnership(child.owner, child.baseOwner)
                });
            }
            visit(child, childPath);
        }
    };
    visit(root, '');
    directories.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { directories, files: READ_FILES.flatMap(path => fileFact(root, path)) };
}
function fileFact(root, path) {
    let node = root;
    for (const part of path.split('/').filter(Boolean))
        node = node?.children?.get(part);
    if (!node)
        return [];
    if (node.children)
        return [{ path, unread: 'it is a directory' }];
    if (node.special)
        return [{ path, unread: 'it is a link or a device, which is not followed' }];
    if (node.text === undefined) {
        return [{ path, unread: `it is ${node.bytes} bytes, over the ${MAX_READ_BYTES} bytes read` }];
    }
    return [{ path, text: node.text }];
}
function sameOwnership(a, b) {
    return a.uid === b.uid && a.gid === b.gid && a.mode === b.mode;
}

;// CONCATENATED MODULE: ./src/measure/filesystem-stack.ts

/**
 * Stacks the layers (lowest first) as overlayfs would and measures waste the way dive does: a path
 * that two or more layers write or delete wastes the bytes of every version ever written there.
 * Deleting a directory (whiteout or opaque marker) counts as deleting each file under it.
 */
function analyzeFilesystem(layers, { baseLayers = 0, limit = 10 } = {}) {
    const root = { children: new Map() };
    const costs = new Map();
    const touch = (path, bytes) => {
        const cost = costs.get(path);
        if (cost) {
            cost.touches++;
            cost.bytes += bytes;
        }
        else
            costs.set(path, { touches: 1, bytes });
    };
    const removeSubtree = (path, node) => {
        if (node.bytes !== undefined)
            touch(path, 0);
        for (const [name, child] of node.children ?? [])
            removeSubtree(joinPath(path, name), child);
    };
    for (const [index, layer] of layers.entries()) {
        // Whiteouts hide what the layers below hold, never what this layer adds, whatever the tar order.
        for (const entry of layer) {
            if (entry.kind === 'whiteout') {
                const { parent, name } = splitPath(entry.path);
                const dir = find(root, parent);
                const gone = dir?.children?.get(name);
                if (dir?.children && gone) {
                    removeSubtree(entry.path, gone);
                    dir.children.delete(name);
                }
            }
            else if (entry.kind === 'opaque') {
                const dir = find(root, entry.path);
                for (const [name, child] of dir?.children ?? []) {
                    removeSubtree(joinPath(entry.path, name), child);
                }
                dir?.children?.clear();
            }
        }
        for (const entry of layer) {
            if (entry.kind === 'directory') {
                // A directory over a lower one merges with it and gives it its own owner and mode.
                if (entry.path !== '/')
                    makeDirectories(root, entry.path).owner = entry.owner;
                continue;
            }
            if (entry.kind !== 'file' && entry.kind !== 'other')
                continue;
            const { parent, name } = splitPath(entry.path);
            const dir = makeDirectories(root, parent);
            const replaced = dir.children.get(name);
            if (replaced?.children)
                removeSubtree(entry.path, replaced);
            dir.children.set(name, {
                bytes: entry.bytes,
                ...(entry.kind === 'other' ? { special: true } : {}),
                ...(entry.text !== undefined ? { text: entry.text } : {}),
                ...(entry.mode !== undefined ? { mode: entry.mode } : {}),
                ...(entry.packages !== undefined ? { packages: entry.packages } : {})
            });
            touch(entry.path, entry.bytes);
        }
        if (index === baseLayers - 1)
            rememberBaseOwners(root);
    }
    const files = [];
    collectFiles(root, '', files);
    const wastedPaths = [];
    let wastedBytes = 0;
    for (const [path, cost] of costs) {
        if (cost.touches < 2 || cost.bytes === 0)
            continue;
        wastedBytes += cost.bytes;
        wastedPaths.push({ path, bytes: cost.bytes });
    }
    return {
        largestFiles: largestFirst(files, limit),
        wasted: { bytes: wastedBytes, paths: largestFirst(wastedPaths, limit) },
        facts: filesystemFactsOf(root),
        root
    };
}
function rememberBaseOwners(node) {
    for (const child of node.children?.values() ?? []) {
        if (!child.children)
            continue;
        child.baseOwner = child.owner;
        rememberBaseOwners(child);
    }
}
function largestFirst(sizes, limit) {
    return sizes.sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, limit);
}
function splitPath(path) {
    const slash = path.lastIndexOf('/');
    return { parent: slash <= 0 ? '/' : path.slice(0, slash), name: path.slice(slash + 1) };
}
function joinPath(dir, name) {
    return dir === '/' ? `/${name}` : `${dir}/${name}`;
}
function segments(path) {
    return path.split('/').filter(part => part !== '');
}
function find(root, path) {
    let node = root;
    for (const part of segments(path))
        node = node?.children?.get(part);
    return node;
}
function makeDirectories(root, path) {
    let node = root;
    for (const part of segments(path)) {
        let next = node.children.get(part);
        // A file where a directory is needed was replaced by that directory in this layer.
        if (!next || !next.children) {
            next = { children: new Map() };
            node.children.set(part, next);
        }
        node = next;
    }
    return node;
}
function collectFiles(node, path, into) {
    for (const [name, child] of node.children ?? []) {
        const childPath = `${path}/${name}`;
        if (child.children)
            collectFiles(child, childPath, into);
        else if (child.bytes)
            into.push({ path: childPath, bytes: child.bytes });
    }
}

;// CONCATENATED MODULE: ./src/measure/final-executables.ts
/**
 * The executables of the final filesystem: one a later layer overwrites, deletes (whiteout) or
 * hides (an opaque directory, or a file put where one of its directories was) is gone.
 */
function finalExecutables(layers) {
    const binaries = [];
    const unread = [];
    // Walk from the top layer down, remembering what the layers above do to each path.
    const written = new Set();
    const removed = new Set();
    const hidden = new Set();
    for (let index = layers.length - 1; index >= 0; index--) {
        const layer = layers[index];
        for (const executable of layer.executables) {
            if (isGone(executable.path, written, removed, hidden))
                continue;
            if (executable.kind === 'go') {
                binaries.push({ ...withoutKind(executable), layer: index });
            }
            else {
                unread.push({
                    path: executable.path,
                    layer: index,
                    bytes: executable.bytes,
                    reason: executable.reason
                });
            }
        }
        for (const entry of layer.entries) {
            if (entry.kind === 'whiteout')
                removed.add(entry.path);
            else if (entry.kind === 'opaque')
                hidden.add(entry.path);
            else
                written.add(entry.path);
        }
    }
    const byPath = (a, b) => (a.path < b.path ? -1 : 1);
    return { binaries: binaries.sort(byPath), unread: unread.sort(byPath) };
}
function withoutKind(value) {
    const copy = { ...value };
    delete copy.kind;
    return copy;
}
function isGone(path, written, removed, hidden) {
    if (written.has(path) || removed.has(path))
        return true;
    for (let dir = parentOf(path); dir !== '/'; dir = parentOf(dir)) {
        if (removed.has(dir) || hidden.has(dir) || written.has(dir))
            return true;
    }
    return false;
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash <= 0 ? '/' : path.slice(0, slash);
}

;// CONCATENATED MODULE: ./src/measure/history.ts
/**
 * The instruction behind each filesystem layer. History also lists instructions that made no
 * layer (ENV, CMD, often WORKDIR), marked `empty_layer`; skipping those lines the rest up with
 * RootFS.Layers. When the counts disagree (an imported base without history) the newest entries
 * are matched to the newest layers, since those are the ones this build made.
 */
function instructionsForLayers(history, layerCount) {
    const layerMaking = (history ?? []).filter(entry => entry.empty_layer !== true);
    const matched = layerMaking.slice(Math.max(0, layerMaking.length - layerCount));
    const missing = layerCount - matched.length;
    return [
        ...Array.from({ length: missing }, () => ''),
        ...matched.map(entry => cleanInstruction(entry.created_by ?? ''))
    ];
}
/**
 * Shows `created_by` as the Dockerfile line a reader wrote: drops BuildKit's `# buildkit`
 * suffix and build-arg prefix, and the classic builder's `/bin/sh -c #(nop)` wrapper.
 */
function cleanInstruction(createdBy) {
    let text = createdBy.trim().replace(/\s+# buildkit$/, '');
    const nop = /^\/bin\/sh -c #\(nop\)\s+/.exec(text);
    if (nop)
        return text.slice(nop[0].length).trim();
    if (text.startsWith('/bin/sh -c '))
        return `RUN ${text.slice('/bin/sh -c '.length)}`;
    text = text.replace(/^RUN \|\d+ .*?\/bin\/sh -c /, 'RUN ');
    return text.replace(/^RUN \/bin\/sh -c /, 'RUN ');
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(6118);
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: ./src/measure/block-gzip.ts
/** The gzip member header (no file name, as when compressing a pipe) and its CRC-32 + length trailer. */
const GZIP_HEADER_BYTES = 10;
const GZIP_TRAILER_BYTES = 8;
/** Deflate looks back at most 32 KiB, so that much of the previous block is all a block needs to see. */
const DICTIONARY_BYTES = 32 * 1024;
/** Bytes of input per block when not told otherwise; part of what names a cached size. */
const DEFAULT_BLOCK_BYTES = 1024 * 1024;
/**
 * Counts the bytes `gzip -6` would write for a stream, compressing blocks in parallel on worker
 * threads the way pigz does: each block is raw deflate primed with the 32 KiB before it, ended by
 * a sync flush so the blocks join into one valid deflate stream, the last one finished.
 */
class BlockGzipSizer {
    workers;
    blockBytes;
    maxInFlight;
    onCompressedBlock;
    /**
     * Block buffers go to a worker and come back to be refilled: one per MiB would be garbage. Each
     * holds a block's input after a 32 KiB slot for its dictionary, the end of the block before.
     */
    freeBlocks = [];
    filling;
    filled = 0;
    dictionaryBytes = 0;
    blocksStarted = 0;
    deflatedBytes = 0;
    inFlight = 0;
    failure;
    waiters = [];
    finishedBlocks = new Map();
    nextBlockToDeliver = 0;
    ended = false;
    constructor(options) {
        this.workers = options.workers;
        this.blockBytes = options.blockBytes ?? DEFAULT_BLOCK_BYTES;
        // One block per worker, plus one so a worker never waits for the next to be filled.
        this.maxInFlight = options.maxBlocksInFlight ?? options.workers.threads + 1;
        this.onCompressedBlock = options.onCompressedBlock;
    }
    /** Adds input; resolves once there is room for more, so a caller's stream slows to our pace. */
    async write(chunk) {
        if (this.ended)
            throw new Error('BlockGzipSizer.write after end()');
        let offset = 0;
        while (offset < chunk.length) {
            this.filling ??= this.takeBuffer();
            const input = new Uint8Array(this.filling, DICTIONARY_BYTES);
            const copied = chunk.copy(input, this.filled, offset);
            this.filled += copied;
            offset += copied;
            if (this.filled === this.blockBytes) {
                await this.roomForOneMore();
                this.startBlock(false);
            }
        }
        this.throwIfFailed();
    }
    /** Compresses what is left as the final block and returns the whole gzip size in bytes. */
    async end() {
        if (this.ended)
            throw new Error('BlockGzipSizer.end called twice');
        await this.roomForOneMore();
        this.startBlock(true);
        this.ended = true;
        while (this.inFlight > 0)
            await new Promise(resolve => this.waiters.push(resolve));
        this.throwIfFailed();
        return GZIP_HEADER_BYTES + this.deflatedBytes + GZIP_TRAILER_BYTES;
    }
    async roomForOneMore() {
        while (this.inFlight >= this.maxInFlight) {
            await new Promise(resolve => this.waiters.push(resolve));
            this.throwIfFailed();
        }
    }
    takeBuffer() {
        return this.freeBlocks.pop() ?? new ArrayBuffer(DICTIONARY_BYTES + this.blockBytes);
    }
    startBlock(last) {
        const block = this.filling ?? this.takeBuffer();
        const length = this.filled;
        const dictionaryBytes = this.dictionaryBytes;
        this.filling = undefined;
        this.filled = 0;
        if (!last) {
            // The next block starts with this one's last 32 KiB, copied before this buffer leaves; only
            // full blocks have successors, so that tail is always whole.
            this.filling = this.takeBuffer();
            new Uint8Array(this.filling).set(new Uint8Array(block, length, DICTIONARY_BYTES));
            this.dictionaryBytes = DICTIONARY_BYTES;
        }
        const index = this.blocksStarted++;
        this.inFlight++;
        const keep = this.onCompressedBlock !== undefined;
        this.workers
            .deflate({ block, offset: DICTIONARY_BYTES, length, dictionaryBytes, last, keep })
            .then(({ bytes, deflated, block: returned }) => {
            this.deflatedBytes += bytes;
            this.freeBlocks.push(returned);
            if (deflated)
                this.deliverInOrder(index, Buffer.from(deflated.buffer, deflated.byteOffset, deflated.length));
        }, (error) => {
            this.failure ??= error;
        })
            .finally(() => {
            this.inFlight--;
            this.waiters.splice(0).forEach(wake => wake());
        });
    }
    deliverInOrder(index, deflated) {
        this.finishedBlocks.set(index, deflated);
        for (;;) {
            const next = this.finishedBlocks.get(this.nextBlockToDeliver);
            if (next === undefined)
                return;
            this.finishedBlocks.delete(this.nextBlockToDeliver);
            this.onCompressedBlock?.(next, this.nextBlockToDeliver++);
        }
    }
    throwIfFailed() {
        if (this.failure)
            throw this.failure;
    }
}

;// CONCATENATED MODULE: ./src/binary/byte-source.ts
/** A file that does not hold what its headers promise: reported, never thrown past the reader. */
class BinaryFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BinaryFormatError';
    }
}
/** A ByteSource over the chunks a file streamed in, in order. */
function chunkedSource(chunks) {
    const starts = [];
    let length = 0;
    for (const chunk of chunks) {
        starts.push(length);
        length += chunk.length;
    }
    const chunkAt = (offset) => {
        let low = 0;
        let high = chunks.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    };
    return {
        length,
        read(offset, size) {
            if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(size) || offset < 0 || size < 0) {
                throw new BinaryFormatError(`a read at offset ${offset} of ${size} bytes is out of range`);
            }
            if (offset + size > length) {
                throw new BinaryFormatError(`a header points past the end of the file (byte ${offset + size} of ${length})`);
            }
            if (size === 0)
                return new Uint8Array(0);
            let index = chunkAt(offset);
            const first = chunks[index];
            const within = offset - starts[index];
            if (within + size <= first.length)
                return first.subarray(within, within + size);
            const out = new Uint8Array(size);
            let written = 0;
            let from = within;
            while (written < size) {
                const chunk = chunks[index];
                const part = chunk.subarray(from, Math.min(chunk.length, from + size - written));
                out.set(part, written);
                written += part.length;
                index++;
                from = 0;
            }
            return out;
        }
    };
}
/** Reads the unsigned integers of one file in its byte order. */
class Fields {
    littleEndian;
    constructor(littleEndian) {
        this.littleEndian = littleEndian;
    }
    u16(bytes, at) {
        return view(bytes).getUint16(at, this.littleEndian);
    }
    u32(bytes, at) {
        return view(bytes).getUint32(at, this.littleEndian);
    }
    /** A 64-bit field as a number; offsets and sizes past 2^53 are not a real file's. */
    u64(bytes, at) {
        const value = view(bytes).getBigUint64(at, this.littleEndian);
        if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
            throw new BinaryFormatError(`a 64-bit field holds ${value}, larger than any file`);
        }
        return Number(value);
    }
    /** A pointer-sized field: 4 or 8 bytes. */
    word(bytes, at, size) {
        return size === 8 ? this.u64(bytes, at) : this.u32(bytes, at);
    }
}
function view(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** The NUL-terminated string at `at`, or the rest of the bytes when there is no NUL. */
function cString(bytes, at) {
    let end = at;
    while (end < bytes.length && bytes[end] !== 0)
        end++;
    return new TextDecoder().decode(bytes.subarray(at, end));
}

;// CONCATENATED MODULE: ./src/binary/elf.ts

/*
 * The parts of an ELF file (System V ABI, 32 and 64 bit, either byte order) that say what a
 * program needs to run and where its Go tables are: the file header, the program headers
 * (PT_INTERP, PT_LOAD, PT_DYNAMIC), the section headers with their names, and the DT_NEEDED
 * entries of the dynamic section.
 */
const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46]; // "\x7fELF"
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PF_W = 2;
const SHT_NOBITS = 8;
const SHT_DYNAMIC = 6;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const SHN_XINDEX = 0xffff;
// More headers than any real file has: a corrupt count must not make the reader loop for long.
const MAX_HEADERS = 65_536;
const TYPES = {
    1: 'relocatable',
    2: 'executable',
    3: 'shared-object',
    4: 'core'
};
/** True when the bytes start like an ELF file. */
function isElf(head) {
    return head.length >= 4 && ELF_MAGIC.every((byte, i) => head[i] === byte);
}
/** Reads the headers of an ELF file; throws a BinaryFormatError when they do not hold together. */
function readElf(source) {
    const ident = source.read(0, Math.min(source.length, 64));
    if (!isElf(ident))
        throw new BinaryFormatError('it is not an ELF file (no \\x7fELF magic)');
    if (ident.length < 52)
        throw new BinaryFormatError('its ELF header is cut short');
    const bits = ident[4] === 1 ? 32 : ident[4] === 2 ? 64 : undefined;
    if (!bits)
        throw new BinaryFormatError(`its ELF class ${ident[4]} is neither 32 nor 64 bit`);
    if (ident[5] !== 1 && ident[5] !== 2) {
        throw new BinaryFormatError(`its ELF data encoding ${ident[5]} is neither little nor big endian`);
    }
    const fields = new Fields(ident[5] === 1);
    const header = bits === 64 ? source.read(0, 64) : source.read(0, 52);
    const w = bits / 8;
    const at = (offset32, offset64) => (bits === 64 ? offset64 : offset32);
    const ehsize = fields.u16(header, at(40, 52));
    const phoff = fields.word(header, at(28, 32), w);
    const shoff = fields.word(header, at(32, 40), w);
    const phentsize = fields.u16(header, at(42, 54));
    const phnum = fields.u16(header, at(44, 56));
    const shentsize = fields.u16(header, at(46, 58));
    let shnum = fields.u16(header, at(48, 60));
    let shstrndx = fields.u16(header, at(50, 62));
    const segments = readSegments(source, fields, bits, phoff, phentsize, phnum);
    let sections = [];
    if (shoff !== 0) {
        if (shentsize < (bits === 64 ? 64 : 40)) {
            throw new BinaryFormatError(`its section headers are ${shentsize} bytes, too short`);
        }
        // Past 0xff00 sections, the count and the name table's index live in section 0.
        const first = readSectionHeader(source, fields, bits, shoff);
        if (shnum === 0)
            shnum = first.size;
        if (shstrndx === SHN_XINDEX)
            shstrndx = first.link;
        if (shnum > MAX_HEADERS)
            throw new BinaryFormatError(`it claims ${shnum} sections`);
        const raw = Array.from({ length: shnum }, (_, i) => readSectionHeader(source, fields, bits, shoff + i * shentsize));
        const names = raw[shstrndx];
        const nameTable = names && names.type !== SHT_NOBITS ? source.read(names.offset, names.size) : undefined;
        sections = raw.map(section => ({
            name: nameTable ? cString(nameTable, section.nameOffset) : '',
            type: section.type,
            address: section.address,
            offset: section.offset,
            size: section.size,
            inFile: section.type !== SHT_NOBITS,
            link: section.link
        }));
    }
    const tables = [
        { name: 'ELF header', offset: 0, size: ehsize },
        { name: 'program headers', offset: phoff, size: phoff === 0 ? 0 : phnum * phentsize },
        { name: 'section headers', offset: shoff, size: shoff === 0 ? 0 : shnum * shentsize }
    ];
    const interp = segments.find(segment => segment.type === PT_INTERP);
    const interpreter = interp ? cString(source.read(interp.offset, interp.fileSize), 0) : undefined;
    return {
        bits,
        littleEndian: fields.littleEndian,
        type: TYPES[fields.u16(header, 16)] ?? 'other',
        machine: fields.u16(header, 18),
        segments,
        sections: sections.map(({ name, type, address, offset, size, inFile }) => ({
            name,
            type,
            address,
            offset,
            size,
            inFile
        })),
        tables: tables.filter(table => table.size > 0),
        interpreter,
        needed: readNeeded(source, fields, bits, segments, sections),
        fields
    };
}
function readSegments(source, fields, bits, phoff, phentsize, phnum) {
    if (phnum === 0 || phoff === 0)
        return [];
    if (phentsize < (bits === 64 ? 56 : 32)) {
        throw new BinaryFormatError(`its program headers are ${phentsize} bytes, too short`);
    }
    return Array.from({ length: Math.min(phnum, MAX_HEADERS) }, (_, i) => {
        const bytes = source.read(phoff + i * phentsize, bits === 64 ? 56 : 32);
        return bits === 64
            ? {
                type: fields.u32(bytes, 0),
                flags: fields.u32(bytes, 4),
                offset: fields.u64(bytes, 8),
                address: fields.u64(bytes, 16),
                fileSize: fields.u64(bytes, 32)
            }
            : {
                type: fields.u32(bytes, 0),
                offset: fields.u32(bytes, 4),
                address: fields.u32(bytes, 8),
                fileSize: fields.u32(bytes, 16),
                flags: fields.u32(bytes, 24)
            };
    });
}
function readSectionHeader(source, fields, bits, at) {
    const bytes = source.read(at, bits === 64 ? 64 : 40);
    return bits === 64
        ? {
            nameOffset: fields.u32(bytes, 0),
            type: fields.u32(bytes, 4),
            address: fields.u64(bytes, 16),
            offset: fields.u64(bytes, 24),
            size: fields.u64(bytes, 32),
            link: fields.u32(bytes, 40)
        }
        : {
            nameOffset: fields.u32(bytes, 0),
            type: fields.u32(bytes, 4),
            address: fields.u32(bytes, 12),
            offset: fields.u32(bytes, 16),
            size: fields.u32(bytes, 20),
            link: fields.u32(bytes, 24)
        };
}
/**
 * The DT_NEEDED names. The dynamic section is found through its section header when there is
 * one (its sh_link names the string table), else through PT_DYNAMIC and DT_STRTAB's address.
 */
function readNeeded(source, fields, bits, segments, sections) {
    const dynamicSection = sections.find(section => section.type === SHT_DYNAMIC);
    const dynamicSegment = segments.find(segment => segment.type === PT_DYNAMIC);
    const where = dynamicSection
        ? { offset: dynamicSection.offset, size: dynamicSection.size }
        : dynamicSegment
            ? { offset: dynamicSegment.offset, size: dynamicSegment.fileSize }
            : undefined;
    if (!where)
        return [];
    const entrySize = bits === 64 ? 16 : 8;
    const bytes = source.read(where.offset, where.size - (where.size % entrySize));
    const needed = [];
    let strtabAddress;
    for (let at = 0; at + entrySize <= bytes.length; at += entrySize) {
        const tag = fields.word(bytes, at, entrySize / 2);
        const value = fields.word(bytes, at + entrySize / 2, entrySize / 2);
        if (tag === DT_NULL)
            break;
        if (tag === DT_NEEDED)
            needed.push(value);
        if (tag === DT_STRTAB)
            strtabAddress = value;
    }
    if (needed.length === 0)
        return [];
    const linked = dynamicSection ? sections[dynamicSection.link] : undefined;
    const strtab = linked
        ? { offset: linked.offset, size: linked.size }
        : strtabAddress !== undefined
            ? fileRange(segments, strtabAddress)
            : undefined;
    if (!strtab)
        throw new BinaryFormatError('its dynamic section names no string table');
    const table = source.read(strtab.offset, strtab.size);
    return needed.map(offset => cString(table, offset));
}
/** Where the loaded bytes at `address` sit in the file, through the PT_LOAD that maps them. */
function fileRange(segments, address) {
    const load = segments.find(s => s.type === PT_LOAD && address >= s.address && address < s.address + s.fileSize);
    if (!load)
        return undefined;
    const within = address - load.address;
    return { offset: load.offset + within, size: load.fileSize - within };
}

;// CONCATENATED MODULE: ./src/binary/file-parts.ts
/**
 * The parts of the file besides the packages' code, so that the code and these add up to the
 * file's size exactly: every section that takes bytes of the file (with `.text` less `codeBytes`),
 * the header tables, and the alignment padding between them. Where two ranges overlap, the
 * bytes count once, for the range that starts first.
 */
function fileParts(elf, fileBytes, codeBytes) {
    const ranges = [
        ...elf.tables.map(t => ({ name: t.name, offset: t.offset, size: t.size })),
        ...elf.sections
            .filter(s => s.inFile && s.size > 0 && s.type !== 0)
            .map(s => ({ name: s.name || '(unnamed section)', offset: s.offset, size: s.size }))
    ].sort((a, b) => a.offset - b.offset || b.size - a.size);
    const bytes = new Map();
    const add = (name, size) => {
        if (size > 0)
            bytes.set(name, (bytes.get(name) ?? 0) + size);
    };
    let covered = 0;
    let end = 0;
    for (const range of ranges) {
        const start = Math.max(range.offset, end);
        const stop = Math.min(range.offset + range.size, fileBytes);
        if (stop <= start)
            continue;
        add(range.name, stop - start);
        covered += stop - start;
        end = stop;
    }
    // The packages' functions lie in .text; without section headers they are taken from the rest.
    const text = bytes.has('.text') ? '.text' : undefined;
    if (text)
        bytes.set(text, Math.max(0, bytes.get(text) - codeBytes));
    const uncovered = fileBytes - covered - (text ? 0 : codeBytes);
    add('padding', uncovered);
    return [...bytes]
        .map(([name, size]) => ({ name, bytes: size }))
        .filter(part => part.bytes > 0)
        .sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/binary/function-table.ts

const MAGIC_12 = 0xfffffffb;
const MAGIC_116 = 0xfffffffa;
const MAGIC_118 = 0xfffffff0;
const MAGIC_120 = 0xfffffff1;
/** Every function of the table, in address order; undefined when the binary has no table. */
function readFunctionTable(source, elf) {
    const section = elf.sections.find(s => s.name === '.gopclntab' && s.inFile);
    if (!section)
        return undefined;
    const table = source.read(section.offset, section.size);
    if (table.length < 16)
        throw new BinaryFormatError('its Go function table is cut short');
    const fields = new Fields(elf.littleEndian);
    const magic = fields.u32(table, 0);
    const pointerSize = table[7];
    if (table[4] !== 0 || table[5] !== 0 || (pointerSize !== 4 && pointerSize !== 8)) {
        throw new BinaryFormatError('its Go function table header is not one Go writes');
    }
    const word = (at) => fields.word(table, at, pointerSize);
    switch (magic) {
        case MAGIC_118:
        case MAGIC_120: {
            const nfunc = word(8);
            const funcnames = word(8 + 3 * pointerSize);
            const functab = word(8 + 7 * pointerSize);
            return functions(nfunc, i => {
                const at = functab + i * 8;
                return { entry: fields.u32(table, at), record: functab + fields.u32(table, at + 4) };
            }, record => funcnames + fields.u32(table, record + 4), table);
        }
        case MAGIC_116: {
            const nfunc = word(8);
            const funcnames = word(8 + 2 * pointerSize);
            const functab = word(8 + 6 * pointerSize);
            return functions(nfunc, i => {
                const at = functab + i * 2 * pointerSize;
                return { entry: word(at), record: functab + word(at + pointerSize) };
            }, record => funcnames + fields.u32(table, record + pointerSize), table);
        }
        case MAGIC_12: {
            const nfunc = word(8);
            const functab = 8 + pointerSize;
            return functions(nfunc, i => {
                const at = functab + i * 2 * pointerSize;
                return { entry: word(at), record: word(at + pointerSize) };
            }, record => fields.u32(table, record + pointerSize), table);
        }
        default:
            throw new BinaryFormatError(`its Go function table has the magic 0x${magic.toString(16)}, which no Go release from 1.2 on writes`);
    }
}
function functions(count, entryAt, nameAt, table) {
    if (count * 8 > table.length)
        throw new BinaryFormatError(`its Go function table claims ${count} functions`);
    const out = [];
    let current = entryAt(0);
    for (let i = 0; i < count; i++) {
        const next = entryAt(i + 1);
        const nameOffset = nameAt(current.record);
        if (nameOffset >= table.length)
            throw new BinaryFormatError('a Go function name lies outside its table');
        out.push({ name: cString(table, nameOffset), size: Math.max(0, next.entry - current.entry) });
        current = next;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/binary/go-buildinfo.ts


/*
 * The build information the Go linker writes into every binary (what `go version -m` prints):
 * a 32-byte header in the `.go.buildinfo` section, starting with the magic `\xff Go buildinf:`,
 * then a pointer size byte and a flags byte. From Go 1.18 (flag 0x2) the version and the module
 * information follow the header inline, each a uvarint length and its bytes; before, the header
 * holds two pointers to Go string headers. The module information is framed by two 16-byte
 * sentinels and reads as lines: `path`, `mod`, `dep`, `=>` (a replacement) and `build KEY=VALUE`.
 */
const BUILDINFO_MAGIC = [
    0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64, 0x69, 0x6e, 0x66, 0x3a
]; // "\xff Go buildinf:"
const HEADER_SIZE = 32;
const FLAG_BIG_ENDIAN = 0x1;
const FLAG_INLINE_STRINGS = 0x2;
// Without a section, cmd/go searches this much of the first writable segment for the magic.
const SEARCH_LIMIT = 64 * 1024;
/** The build information of a Go binary, or undefined when the file has none (it is not Go). */
function readBuildInfo(source, elf) {
    const at = locateHeader(source, elf);
    if (at === undefined)
        return undefined;
    const header = source.read(at, HEADER_SIZE);
    const pointerSize = header[14];
    const flags = header[15];
    if (flags & FLAG_INLINE_STRINGS) {
        const rest = source.read(at + HEADER_SIZE, Math.min(source.length - at - HEADER_SIZE, 1 << 20));
        const version = readVarString(rest, 0);
        const modinfo = readVarString(rest, version.end);
        return { ...parseModinfo(stripSentinels(modinfo.text)), goVersion: version.text || undefined };
    }
    if (pointerSize !== 4 && pointerSize !== 8) {
        throw new BinaryFormatError(`its Go build info has a pointer size of ${pointerSize}`);
    }
    const fields = new Fields(!(flags & FLAG_BIG_ENDIAN));
    const version = readGoString(source, elf, fields, fields.word(header, 16, pointerSize), pointerSize);
    const modinfo = readGoString(source, elf, fields, fields.word(header, 16 + pointerSize, pointerSize), pointerSize);
    return { ...parseModinfo(stripSentinels(modinfo)), goVersion: version || undefined };
}
function locateHeader(source, elf) {
    const section = elf.sections.find(s => s.name === '.go.buildinfo');
    if (section) {
        const head = source.read(section.offset, Math.min(section.size, HEADER_SIZE));
        return startsWithMagic(head, 0) ? section.offset : undefined;
    }
    // Section headers stripped: the header sits 16-byte aligned near the start of the data.
    const data = elf.segments.find(s => s.type === PT_LOAD && s.flags & PF_W);
    if (!data)
        return undefined;
    const bytes = source.read(data.offset, Math.min(data.fileSize, SEARCH_LIMIT));
    for (let at = 0; at + HEADER_SIZE <= bytes.length; at += 16) {
        if (startsWithMagic(bytes, at))
            return data.offset + at;
    }
    return undefined;
}
function startsWithMagic(bytes, at) {
    return BUILDINFO_MAGIC.every((byte, i) => bytes[at + i] === byte);
}
function readVarString(bytes, at) {
    let length = 0;
    let shift = 0;
    let i = at;
    for (;;) {
        const byte = bytes[i++];
        if (byte === undefined || shift > 28) {
            throw new BinaryFormatError('its Go build info holds a malformed length');
        }
        length += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80)
            break;
        shift += 7;
    }
    if (i + length > bytes.length)
        throw new BinaryFormatError('its Go build info is cut short');
    return { text: new TextDecoder().decode(bytes.subarray(i, i + length)), end: i + length };
}
/** A Go string header (data pointer, length) at a virtual address, read before Go 1.18. */
function readGoString(source, elf, fields, address, pointerSize) {
    const header = fileRange(elf.segments, address);
    if (!header)
        throw new BinaryFormatError('its Go build info points outside the file');
    const bytes = source.read(header.offset, pointerSize * 2);
    const data = fileRange(elf.segments, fields.word(bytes, 0, pointerSize));
    const length = fields.word(bytes, pointerSize, pointerSize);
    if (length === 0)
        return '';
    if (!data)
        throw new BinaryFormatError('its Go build info points outside the file');
    return new TextDecoder().decode(source.read(data.offset, length));
}
/** cmd/go frames the module information with 16 bytes on each side. */
function stripSentinels(modinfo) {
    if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n') {
        return modinfo.slice(16, -16);
    }
    return '';
}
/** The lines of the module information, as runtime/debug.ParseBuildInfo reads them. */
function parseModinfo(text) {
    const info = { dependencies: [], settings: {} };
    let last;
    for (const line of text.split('\n')) {
        const [kind, ...rest] = line.split('\t');
        if (kind === 'path')
            info.path = rest[0];
        else if (kind === 'mod' || kind === 'dep') {
            last = { path: rest[0] ?? '', version: rest[1] ?? '' };
            if (rest[2])
                last.sum = rest[2];
            if (kind === 'mod')
                info.mainModule = last;
            else
                info.dependencies.push(last);
        }
        else if (kind === '=>' && last) {
            last.replacedBy = { path: rest[0] ?? '', version: rest[1] ?? '' };
        }
        else if (kind === 'build') {
            const setting = rest.join('\t');
            const eq = setting.indexOf('=');
            if (eq > 0)
                info.settings[unquote(setting.slice(0, eq))] = unquote(setting.slice(eq + 1));
        }
    }
    return info;
}
// cmd/go quotes a key or value that holds spaces, tabs, quotes or `=` with strconv.Quote.
function unquote(value) {
    if (!value.startsWith('"'))
        return value;
    try {
        return JSON.parse(value);
    }
    catch {
        return value;
    }
}

;// CONCATENATED MODULE: ./src/binary/modules.ts
/** The name under which the standard library's packages are summed. */
const STANDARD_LIBRARY = 'std';
/** Packages of no module the build info lists (a GOPATH build, say). */
const UNKNOWN_MODULE = '(unknown module)';
/**
 * Sums the packages' code by the module each belongs to: the module the build info lists whose
 * path is the longest prefix of the package's (`github.com/a/b/v2/c` is in `github.com/a/b/v2`,
 * not `github.com/a/b`). `main` is the main module's; a path whose first element has no dot
 * (`net/http`, `vendor/golang.org/x/net/…`, `internal/…`) is the standard library's, as cmd/go
 * tells them. Every package lands in exactly one module, so the modules sum to the packages.
 */
function codeByModule(packages, info) {
    const listed = [...(info.mainModule ? [info.mainModule] : []), ...info.dependencies];
    // Longest path first, so the first prefix that matches is the longest.
    const byLength = [...listed].sort((a, b) => b.path.length - a.path.length);
    const totals = new Map();
    const add = (path, version, bytes) => {
        const total = totals.get(path);
        if (total)
            total.bytes += bytes;
        else
            totals.set(path, { path, version, bytes });
    };
    for (const pkg of packages) {
        if (pkg.path === 'main' && info.mainModule) {
            add(info.mainModule.path, info.mainModule.version, pkg.bytes);
            continue;
        }
        const module = byLength.find(m => pkg.path === m.path || pkg.path.startsWith(`${m.path}/`));
        if (module)
            add(module.path, module.version, pkg.bytes);
        else if (isStandardLibrary(pkg.path))
            add(STANDARD_LIBRARY, info.goVersion ?? '', pkg.bytes);
        else
            add(UNKNOWN_MODULE, '', pkg.bytes);
    }
    return [...totals.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
}
function isStandardLibrary(path) {
    const first = path.split('/')[0] ?? '';
    return !first.includes('.');
}

;// CONCATENATED MODULE: ./src/binary/packages.ts
/**
 * The import path of the package a function belongs to, as debug/gosym reads it: up to the
 * first dot after the last slash, with a generic instantiation's `[…]` left out first (its type
 * arguments may name other packages). The linker escapes dots and odd bytes of the last path
 * element (`gopkg.in/yaml%2ev3`), which is what keeps that rule right; the path comes back
 * unescaped. Undefined for the linker's own symbols (`go:…`, `type:…`).
 */
function packageOf(functionName) {
    if (functionName.startsWith('go:') || functionName.startsWith('type:'))
        return undefined;
    const open = functionName.indexOf('[');
    const close = functionName.lastIndexOf(']');
    const name = open !== -1 && close > open
        ? functionName.slice(0, open) + functionName.slice(close + 1)
        : functionName;
    const slash = name.lastIndexOf('/');
    const dot = name.indexOf('.', slash + 1);
    if (dot <= 0)
        return undefined;
    return unescapePath(name.slice(0, dot));
}
function unescapePath(path) {
    if (!path.includes('%'))
        return path;
    return path.replace(/%([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
/** The code bytes of each package, largest first; functions of no package are left out. */
function codeByPackage(functions) {
    const bytes = new Map();
    for (const fn of functions) {
        const path = packageOf(fn.name);
        if (path !== undefined)
            bytes.set(path, (bytes.get(path) ?? 0) + fn.size);
    }
    return [...bytes]
        .map(([path, size]) => ({ path, bytes: size }))
        .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/binary/packer.ts
/*
 * UPX writes its `l_info` block right after the ELF and program headers of the stub it puts in
 * front of the compressed program: a 4-byte checksum, then the magic `UPX!` (55 50 58 21). The
 * packed program's sections, build info and function table are compressed behind it.
 */
const UPX_MAGIC = [0x55, 0x50, 0x58, 0x21]; // "UPX!"
// The stub's headers are a few hundred bytes; the magic follows them.
const SEARCH_BYTES = 1024;
/** `upx` when the executable is packed with UPX, else null. */
function packerOf(source) {
    const head = source.read(0, Math.min(source.length, SEARCH_BYTES));
    for (let at = 0; at + UPX_MAGIC.length <= head.length; at++) {
        if (UPX_MAGIC.every((byte, i) => head[at + i] === byte))
            return 'upx';
    }
    return null;
}

;// CONCATENATED MODULE: ./src/binary/runtime-uses.ts

const BY_FUNCTION = new Map([
    ['crypto/x509.loadSystemRoots', 'system-roots'],
    ['time.LoadLocation', 'load-location'],
    ['net._C_getaddrinfo', 'cgo-resolver']
]);
const BY_PACKAGE = new Map([
    ['golang.org/x/crypto/x509roots/fallback', 'embedded-roots'],
    ['time/tzdata', 'embedded-tzdata'],
    ['os/user', 'user-lookup']
]);
/** The run-time uses the function table shows, in the order of the list above. */
function runtimeUses(functions) {
    const found = new Set();
    for (const { name } of functions) {
        const byName = BY_FUNCTION.get(name);
        if (byName)
            found.add(byName);
        const pkg = BY_PACKAGE.get(packageOf(name) ?? '');
        if (pkg)
            found.add(pkg);
    }
    const order = [
        'system-roots',
        'embedded-roots',
        'load-location',
        'embedded-tzdata',
        'user-lookup',
        'cgo-resolver'
    ];
    return order.filter(use => found.has(use));
}

;// CONCATENATED MODULE: ./src/binary/go-binary.ts









/** How many packages a reading keeps, largest first; the modules sum all of them. */
const PACKAGES_KEPT = 30;
/** Reads an ELF file as a Go binary; never throws for what the file holds. */
function readGoBinary(source) {
    let elf;
    let info;
    let packed;
    try {
        elf = readElf(source);
        info = readBuildInfo(source, elf);
        packed = packerOf(source);
    }
    catch (error) {
        return { kind: 'unreadable', reason: reasonOf(error) };
    }
    // A packed file's build info is compressed: it may be Go, and is listed as what it is.
    if (!info && packed)
        return { kind: 'go', binary: packedBinary(source.length, elf, packed) };
    if (!info)
        return { kind: 'not-go' };
    const unread = [];
    let uses;
    let packages = [];
    try {
        const functions = readFunctionTable(source, elf);
        if (functions) {
            uses = runtimeUses(functions);
            packages = codeByPackage(functions);
        }
        else
            unread.push('the function table: the binary has no .gopclntab section');
    }
    catch (error) {
        unread.push(`the function table: ${reasonOf(error)}`);
    }
    if (!info.goVersion)
        unread.push('the Go version: the build info holds none');
    const debug = elf.sections.filter(s => s.inFile && isStrippable(s.name));
    const modules = codeByModule(packages, info);
    const code = modules.reduce((sum, m) => sum + m.bytes, 0);
    return {
        kind: 'go',
        binary: {
            bytes: source.length,
            goVersion: info.goVersion,
            mainModule: info.mainModule?.path,
            mainPackage: info.path,
            settings: info.settings,
            static: elf.interpreter === undefined && elf.needed.length === 0,
            interpreter: elf.interpreter,
            libraries: elf.needed,
            stripped: debug.length === 0,
            strippable: debug.reduce((sum, s) => sum + s.size, 0),
            modules,
            packages: packages.slice(0, PACKAGES_KEPT),
            sections: fileParts(elf, source.length, code),
            packed,
            uses,
            unread
        }
    };
}
function packedBinary(bytes, elf, packed) {
    return {
        bytes,
        settings: {},
        static: elf.interpreter === undefined && elf.needed.length === 0,
        interpreter: elf.interpreter,
        libraries: elf.needed,
        stripped: true,
        strippable: 0,
        modules: [],
        packages: [],
        sections: fileParts(elf, bytes, 0),
        packed,
        unread: [
            `the build info and the function table: the file is packed with ${packed.toUpperCase()}, which compresses them`
        ]
    };
}
/** The symbol table, its strings and DWARF (`.debug_*`, compressed `.zdebug_*`). */
function isStrippable(name) {
    return (name === '.symtab' ||
        name === '.strtab' ||
        name.startsWith('.debug_') ||
        name.startsWith('.zdebug_'));
}
function reasonOf(error) {
    if (error instanceof BinaryFormatError)
        return error.message;
    // A RangeError from a DataView is a header that points past what the file holds.
    if (error instanceof RangeError)
        return `a header points outside the file (${error.message})`;
    throw error;
}

;// CONCATENATED MODULE: ./src/binary/index.ts




;// CONCATENATED MODULE: ./src/measure/go-executables.ts

/*
 * The Go programs of an image, found while its layers stream past for measuring: an entry whose
 * mode has an execute bit and whose first bytes are ELF is held (up to a size cap) until it ends,
 * then read; only the facts are kept, never the bytes.
 */
/** Go binaries larger than any real one are measured but not read, so memory stays bounded. */
const MAX_EXECUTABLE_BYTES = 256 * 1024 * 1024;
/** A sink for an entry that may be an executable, or undefined for one that cannot be. */
function executableSink(header, path) {
    const size = header.size ?? 0;
    const executable = ((header.mode ?? 0) & 0o111) !== 0;
    const regular = header.type === 'file' || header.type === 'contiguous-file' || !header.type;
    if (!executable || !regular || size < 64)
        return undefined;
    const chunks = [];
    let elf;
    return {
        write(chunk) {
            if (elf === undefined)
                elf = isElf(chunk);
            if (elf && size <= MAX_EXECUTABLE_BYTES)
                chunks.push(chunk);
        },
        end() {
            if (!elf)
                return undefined;
            if (size > MAX_EXECUTABLE_BYTES) {
                return {
                    path,
                    kind: 'unreadable',
                    bytes: size,
                    reason: `an ELF executable larger than the ${MAX_EXECUTABLE_BYTES / 1024 / 1024} MiB read limit`
                };
            }
            const reading = readGoBinary(chunkedSource(chunks));
            if (reading.kind === 'not-go')
                return undefined;
            if (reading.kind === 'unreadable') {
                return { path, kind: 'unreadable', bytes: size, reason: reading.reason };
            }
            return { path, kind: 'go', ...reading.binary };
        }
    };
}

;// CONCATENATED MODULE: ./src/measure/layer-entries.ts
const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
/** `./usr/bin/` and `usr/bin` both become `/usr/bin`; the root is `/`. */
function normalizePath(name) {
    const parts = name.split('/').filter(part => part !== '' && part !== '.');
    return `/${parts.join('/')}`;
}
/** Reads one tar header as a filesystem change; undefined for aufs bookkeeping. */
function toLayerEntry(header) {
    const path = normalizePath(header.name);
    const slash = path.lastIndexOf('/');
    const parent = slash === 0 ? '/' : path.slice(0, slash);
    const base = path.slice(slash + 1);
    if (base === OPAQUE_MARKER)
        return { path: parent, kind: 'opaque', bytes: 0 };
    // Other `.wh..wh.` names are aufs hard-link bookkeeping, not files of the image.
    if (path.includes(`/${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`))
        return undefined;
    if (base.startsWith(WHITEOUT_PREFIX)) {
        const target = base.slice(WHITEOUT_PREFIX.length);
        return {
            path: parent === '/' ? `/${target}` : `${parent}/${target}`,
            kind: 'whiteout',
            bytes: 0
        };
    }
    switch (header.type) {
        case 'directory':
            return {
                path,
                kind: 'directory',
                bytes: 0,
                // The mode field may carry the file type bits too; only permissions are the directory's.
                owner: { uid: header.uid ?? 0, gid: header.gid ?? 0, mode: (header.mode ?? 0o755) & 0o7777 }
            };
        case 'file':
        case 'contiguous-file':
        case undefined:
        case null:
            return { path, kind: 'file', bytes: header.size ?? 0, mode: (header.mode ?? 0) & 0o7777 };
        // A hard link is a second name of a file, with that file's mode: `find -type f` counts it.
        case 'link':
            return { path, kind: 'other', bytes: 0, mode: (header.mode ?? 0) & 0o7777 };
        default:
            return { path, kind: 'other', bytes: 0 };
    }
}

;// CONCATENATED MODULE: ./src/measure/layer-reader.ts







/**
 * Reads an uncompressed layer tar once, as it streams: counts its bytes, lists what each entry does
 * to the filesystem, and (given deflate workers) sizes it as gzip. Nothing is held whole.
 */
async function readLayer(tarChunks, options) {
    const contents = options.readContents !== false;
    const workers = options.compressWith;
    const sizer = workers ? new BlockGzipSizer({ workers }) : undefined;
    const entries = [];
    const executables = [];
    let files = 0;
    let size = 0;
    const extract = tar_stream.extract();
    extract.on('entry', (header, body, next) => {
        const entry = toLayerEntry(header);
        if (entry) {
            entries.push(entry);
            if (entry.kind === 'file')
                files++;
        }
        // Small text files (/etc/passwd) are kept whole, Go executables read as they pass, package
        // databases counted once they have.
        const file = entry?.kind === 'file' ? entry : undefined;
        const text = file && keepsText(file.path, file.bytes) ? [] : undefined;
        const database = contents && file && isPackageDatabase(file.path) && file.bytes <= MAX_DATABASE_BYTES
            ? []
            : undefined;
        const sink = contents && file ? executableSink(header, file.path) : undefined;
        if (text || database || sink) {
            body.on('data', (data) => {
                const chunk = data;
                text?.push(chunk);
                database?.push(chunk);
                sink?.write(chunk);
            });
        }
        body.on('end', () => {
            if (entry && text)
                entry.text = Buffer.concat(text).toString('utf8');
            if (file && database) {
                file.packages = countPackages(file.path, Buffer.concat(database).toString('utf8'));
            }
            const executable = sink?.end();
            if (executable)
                executables.push(executable);
            next();
        });
        body.resume();
    });
    const parsed = new Promise((resolve, reject) => {
        extract.on('finish', resolve);
        extract.on('error', reject);
    });
    // Without a listener the rejection would surface as unhandled before we await it.
    parsed.catch(() => undefined);
    for await (const chunk of tarChunks) {
        size += chunk.length;
        if (!extract.write(chunk))
            await Promise.race([(0,external_node_events_namespaceObject.once)(extract, 'drain'), parsed]);
        if (sizer)
            await sizer.write(chunk);
    }
    extract.end(undefined);
    await parsed;
    return {
        size,
        compressedSize: sizer ? await sizer.end() : undefined,
        files,
        entries,
        executables
    };
}

;// CONCATENATED MODULE: ./src/measure/saved-image.ts






/** JSON documents (configs, manifests, indexes) are small; anything larger is not one. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
/**
 * Reads a `docker save` archive in one pass, in whatever order its files come: the classic store's
 * (manifest.json and uncompressed layer blobs) and the containerd store's OCI layout (blobs that
 * may be gzip-compressed). Layers are measured as they pass and never held; JSON files are kept so
 * the caller can join layers to the manifest and config afterwards. Keys are archive paths.
 */
async function readSavedImage(archive, options) {
    const files = new Map();
    const extract = tar_stream.extract();
    archive.on('error', error => extract.destroy(error));
    archive.pipe(extract);
    for await (const entry of extract) {
        const chunks = entry;
        const { name, type, size } = entry.header;
        const path = name.replace(/^\.\//, '');
        if (type !== 'file' || !mayHoldImageData(path)) {
            await drain(chunks);
            continue;
        }
        files.set(path, await readSavedFile(path, size, chunks, options));
    }
    return files;
}
function mayHoldImageData(path) {
    return path.startsWith('blobs/') || path.endsWith('.json') || path.endsWith('.tar');
}
async function readSavedFile(path, size, chunks, options) {
    const iterator = chunks[Symbol.asyncIterator]();
    const first = await iterator.next();
    const head = first.done ? Buffer.alloc(0) : first.value;
    const all = prepend(head, iterator);
    if (startsWith(head, ZSTD_MAGIC)) {
        await drain(iterator);
        return {
            kind: 'unreadable',
            reason: 'it is zstd-compressed, which Node.js cannot read here; build with --output type=image,compression=gzip'
        };
    }
    if (looksLikeJson(head) && size <= MAX_JSON_BYTES)
        return readJson(all);
    const known = await options.knownCompressedSize(path);
    options.onLayerStart?.();
    const read = (tarChunks) => readLayer(counted(tarChunks, options.onLayerBytes), {
        compressWith: known === undefined ? options.workers : undefined,
        readContents: options.readContents
    });
    try {
        const contents = startsWith(head, GZIP_MAGIC) ? await gunzipInto(read, all) : await read(all);
        const compressedSize = known ?? contents.compressedSize;
        if (compressedSize === undefined)
            throw new Error('its compressed size was never computed');
        return {
            kind: 'layer',
            contents: { ...contents, compressedSize },
            compressedSizeFromCache: known !== undefined
        };
    }
    catch (error) {
        // The reader may have stopped part-way; the archive only moves on once this file is consumed.
        await drain(iterator);
        return { kind: 'unreadable', reason: `it is not a layer tar (${error.message})` };
    }
}
async function gunzipInto(consume, compressed) {
    let result;
    await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_namespaceObject.Readable.from(compressed), (0,external_node_zlib_namespaceObject.createGunzip)(), async (chunks) => {
        result = await consume(chunks);
    });
    return result;
}
async function readJson(chunks) {
    const parts = [];
    for await (const chunk of chunks)
        parts.push(chunk);
    const bytes = Buffer.concat(parts);
    try {
        return {
            kind: 'json',
            value: JSON.parse(bytes.toString('utf8')),
            digest: `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`
        };
    }
    catch (error) {
        return { kind: 'unreadable', reason: `it is not JSON (${error.message})` };
    }
}
function looksLikeJson(head) {
    for (const byte of head) {
        if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)
            continue;
        return byte === 0x7b || byte === 0x5b;
    }
    return false;
}
function startsWith(head, magic) {
    return head.length >= magic.length && magic.every((byte, i) => head[i] === byte);
}
async function* counted(chunks, onBytes) {
    for await (const chunk of chunks) {
        onBytes?.(chunk.length);
        yield chunk;
    }
}
async function* prepend(head, rest) {
    if (head.length > 0)
        yield head;
    for (;;) {
        const next = await rest.next();
        if (next.done)
            return;
        yield next.value;
    }
}
async function drain(chunks) {
    const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks;
    while (!(await iterator.next()).done) {
        // Only moving the archive along.
    }
}

;// CONCATENATED MODULE: ./src/measure/errors.ts
/**
 * An image that could not be read or measured (not saved, damaged, or of a form this version does
 * not read). The message says which image and what to do; anything else thrown is a bug.
 */
class ImageReadError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ImageReadError';
    }
}

;// CONCATENATED MODULE: ./src/measure/saved-image-join.ts

/**
 * Joins the files read from a `docker save` archive: the manifest names the config and the layer
 * blobs, the config names each layer's diffID and its history. Prefers Docker's manifest.json,
 * which both image stores write, and falls back to the OCI index.
 */
function joinSavedImage(image, files) {
    const { configPath, layerPaths } = locate(image, files);
    const configFile = files.get(configPath);
    if (configFile?.kind !== 'json') {
        throw new ImageReadError(`docker save ${image} has no readable image config at ${configPath}`);
    }
    const config = configFile.value;
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== layerPaths.length) {
        throw new ImageReadError(`docker save ${image}: the manifest lists ${layerPaths.length} layers but the config ${diffIds.length}; the image is damaged, rebuild it`);
    }
    const layers = layerPaths.map((path, index) => {
        const file = files.get(path);
        if (file?.kind !== 'layer') {
            const why = file?.kind === 'unreadable' ? file.reason : 'it is missing from the archive';
            throw new ImageReadError(`docker save ${image}: cannot measure layer ${index + 1} (${path}): ${why}`);
        }
        return {
            diffId: diffIds[index],
            path,
            contents: file.contents,
            compressedSizeFromCache: file.compressedSizeFromCache
        };
    });
    return { configDigest: configFile.digest, config, layers };
}
function locate(image, files) {
    const manifestJson = files.get('manifest.json');
    if (manifestJson?.kind === 'json' && Array.isArray(manifestJson.value)) {
        const entry = manifestJson.value[0];
        if (entry?.Config && Array.isArray(entry.Layers)) {
            return { configPath: entry.Config, layerPaths: entry.Layers };
        }
    }
    const manifest = imageManifest(files.get('index.json'), files);
    if (manifest?.config?.digest && manifest.layers) {
        return {
            configPath: blobPath(manifest.config.digest),
            layerPaths: manifest.layers.map(layer => blobPath(layer.digest ?? ''))
        };
    }
    throw new ImageReadError(`docker save ${image} wrote neither manifest.json nor an OCI index we can follow`);
}
/** Follows an OCI index down to the first image manifest, skipping attestation manifests. */
function imageManifest(file, files, depth = 0) {
    if (file?.kind !== 'json' || depth > 4)
        return undefined;
    const document = file.value;
    if (document.config)
        return document;
    const candidate = (document.manifests ?? []).find(descriptor => descriptor.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest');
    return candidate?.digest
        ? imageManifest(files.get(blobPath(candidate.digest)), files, depth + 1)
        : undefined;
}
function blobPath(digest) {
    return `blobs/${digest.replace(':', '/')}`;
}

;// CONCATENATED MODULE: ./src/measure/measure.ts









/**
 * Measures an image from its own layer contents, streamed once through `docker save`, so the
 * numbers are the same on the classic and the containerd image store (whose `docker image
 * inspect` and `docker history` sizes disagree) and close to what a registry stores.
 */
async function measureImage(image, options = {}) {
    return (await measureImageAndFilesystem(image, options)).image;
}
/** measureImage, with the directories and small files of the final filesystem from the same pass. */
async function measureImageAndFilesystem(image, options = {}) {
    const files = await saveAndRead(image, options);
    const { configDigest, config, layers } = joinSavedImage(image, files);
    await remember(layers, options.cache);
    const instructions = instructionsForLayers(config.history, layers.length);
    const measured = layers.map((layer, index) => ({
        index,
        diffId: layer.diffId,
        size: layer.contents.size,
        compressedSize: layer.contents.compressedSize,
        files: layer.contents.files,
        instruction: instructions[index] ?? ''
    }));
    const base = options.baseImage
        ? await baseShare(options.baseImage, measured, options.docker)
        : undefined;
    const { largestFiles, wasted, facts, root } = analyzeFilesystem(layers.map(layer => layer.contents.entries), { baseLayers: base?.layers ?? 0 });
    const contents = options.readContents !== false;
    const executables = contents ? finalExecutables(layers.map(layer => layer.contents)) : undefined;
    return {
        image: {
            id: configDigest,
            size: sum(measured.map(layer => layer.size)),
            compressedSize: sum(measured.map(layer => layer.compressedSize)),
            layers: measured,
            base,
            largestFiles,
            wasted,
            binaries: executables?.binaries,
            unreadExecutables: executables?.unread,
            surface: contents ? attackSurfaceOf(root, config.config?.User) : undefined
        },
        filesystem: facts
    };
}
async function saveAndRead(image, options) {
    const progress = options.onProgress && (await progressOf(image, options.onProgress, options));
    const args = ['save', image];
    const child = spawnDocker(args, options.docker ?? {});
    child.stdin.end();
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', code => resolve(code ?? 1));
    });
    exited.catch(() => undefined);
    const workers = new DeflateWorkers();
    try {
        const files = await readSavedImage(child.stdout, {
            readContents: options.readContents,
            knownCompressedSize: async (path) => {
                const digest = blobDigest(path);
                return digest === undefined ? undefined : options.cache?.get(digest);
            },
            workers,
            ...progress?.callbacks
        });
        progress?.finish();
        const exitCode = await exited;
        if (exitCode !== 0) {
            const result = { exitCode, stdout: '', stderr: Buffer.concat(stderr).toString('utf8') };
            throw new DockerCommandError(args, result);
        }
        return files;
    }
    catch (error) {
        child.kill();
        await exited.catch(() => undefined);
        if (error instanceof DockerCommandError)
            throw error;
        const reason = Buffer.concat(stderr).toString('utf8').trim() || error.message;
        throw new ImageReadError(`could not read \`docker save ${image}\`: ${reason}`);
    }
    finally {
        await workers.close();
    }
}
/**
 * Counts layers and bytes as `docker save` streams, against what the engine says the image holds.
 * The totals are the engine's: close to the bytes read on both stores, not exact.
 */
async function progressOf(image, onProgress, options) {
    const totals = await runDocker(['image', 'inspect', '--format', '{{len .RootFS.Layers}} {{.Size}}', image], options.docker);
    const [layers, bytesTotal] = totals.stdout.trim().split(' ').map(Number);
    const known = (n) => n !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined;
    const state = {
        layer: 0,
        layers: known(layers),
        bytesRead: 0,
        bytesTotal: known(bytesTotal)
    };
    return {
        callbacks: {
            onLayerStart: () => {
                state.layer++;
                onProgress({ ...state });
            },
            onLayerBytes: (bytes) => {
                state.bytesRead += bytes;
                onProgress({ ...state });
            }
        },
        finish: () => onProgress({ ...state, done: true })
    };
}
/** Archive paths of OCI blobs name their digest: `blobs/sha256/<hex>` is `sha256:<hex>`. */
function blobDigest(path) {
    const match = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(path);
    return match ? `${match[1]}:${match[2]}` : undefined;
}
/** Stores fresh sizes under the diffID and under the blob's own digest, the name seen next time. */
async function remember(layers, cache) {
    if (!cache)
        return;
    for (const layer of layers) {
        if (layer.compressedSizeFromCache)
            continue;
        const size = layer.contents.compressedSize;
        await cache.set(layer.diffId, size);
        const blob = blobDigest(layer.path);
        if (blob !== undefined && blob !== layer.diffId)
            await cache.set(blob, size);
    }
}
async function baseShare(baseImage, layers, dockerOptions) {
    let baseLayers;
    try {
        const json = await docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', baseImage], dockerOptions);
        baseLayers = JSON.parse(json) ?? [];
    }
    catch (error) {
        throw new ImageReadError(`could not read the layers of the base image ${baseImage}: pull or build it first (${error.message})`);
    }
    let shared = 0;
    while (shared < layers.length && layers[shared].diffId === baseLayers[shared])
        shared++;
    const sharedLayers = layers.slice(0, shared);
    return {
        image: baseImage,
        layers: shared,
        size: sum(sharedLayers.map(layer => layer.size)),
        compressedSize: sum(sharedLayers.map(layer => layer.compressedSize))
    };
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}

;// CONCATENATED MODULE: ./src/measure/cache.ts






/**
 * Names how a cached size was computed: gzip level 6 from canonical zlib (pako with the classic
 * hash), in 1 MiB blocks each primed with the 32 KiB before it. Entries written by another method
 * (an older release used Node's own zlib, about 1.5 % larger) are ignored and computed again.
 */
const COMPRESSION_METHOD = `gzip-${DEFAULT_LEVEL} canonical-zlib ${DEFAULT_BLOCK_BYTES / 1024 / 1024}MiB-blocks`;
/** Where the CLI keeps compressed sizes between runs, following the XDG cache convention. */
function defaultSizeCacheDir(env = process.env) {
    const base = env.XDG_CACHE_HOME || (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cache');
    return (0,external_node_path_namespaceObject.join)(base, 'go-image-budget', 'compressed-sizes');
}
const DIGEST = /^(sha256|sha384|sha512):([a-f0-9]{32,128})$/;
/**
 * One small JSON file per digest under `dir`: concurrent runs never rewrite each other's entries,
 * and a directory is what `@actions/cache` saves and restores.
 */
function fileSizeCache(dir) {
    const fileOf = (digest) => {
        const match = DIGEST.exec(digest);
        return match ? (0,external_node_path_namespaceObject.join)(dir, `${match[1]}-${match[2]}.json`) : undefined;
    };
    return {
        async get(digest) {
            const file = fileOf(digest);
            if (!file)
                return undefined;
            try {
                const entry = JSON.parse(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
                return entry.method === COMPRESSION_METHOD && Number.isSafeInteger(entry.compressedSize)
                    ? entry.compressedSize
                    : undefined;
            }
            catch {
                // Missing or torn entries are a miss: the layer is simply compressed again.
                return undefined;
            }
        },
        async set(digest, compressedSize) {
            const file = fileOf(digest);
            if (!file)
                return;
            await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
            const entry = { compressedSize, method: COMPRESSION_METHOD };
            // Written aside and renamed so a reader never sees half a file.
            const partial = `${file}.${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}.tmp`;
            await (0,promises_namespaceObject.writeFile)(partial, JSON.stringify(entry));
            await (0,promises_namespaceObject.rename)(partial, file);
        }
    };
}

;// CONCATENATED MODULE: ./src/measure/index.ts




;// CONCATENATED MODULE: ./src/report/inside.ts
/**
 * The Go binaries that are the program: those the image's own layers add (a golang base image's
 * toolchain is not the program), or every one when its own layers add none. Largest first.
 */
function programBinaries(image) {
    const all = image.binaries ?? [];
    const baseLayers = image.base?.layers ?? 0;
    const own = all.filter(binary => binary.layer >= baseLayers);
    return [...(own.length > 0 ? own : all)].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
}
/** The largest of them: what `binary-size`, `strippable-bytes` and `max-binary-size` are about. */
function largestBinary(image) {
    return programBinaries(image)[0];
}
const MODULES_SHOWN = 8;
const SECTIONS_SHOWN = 5;
/**
 * The parts of a binary worth a row: the largest modules, then the largest other sections, and
 * one row for all the rest, so the rows add up to the file size as the parts do.
 */
function binaryParts(binary) {
    const modules = binary.modules.slice(0, MODULES_SHOWN);
    const sections = binary.sections.slice(0, SECTIONS_SHOWN);
    const shown = [
        ...modules.map(m => ({
            name: m.path,
            kind: 'module',
            version: m.version,
            bytes: m.bytes
        })),
        ...sections.map(s => ({ name: s.name, kind: 'section', bytes: s.bytes }))
    ];
    const rest = binary.bytes - shown.reduce((sum, part) => sum + part.bytes, 0);
    const others = binary.modules.length - modules.length + binary.sections.length - sections.length;
    if (others === 0 && rest === 0)
        return shown;
    return [
        ...shown,
        { name: `${others} other ${others === 1 ? 'part' : 'parts'}`, kind: 'rest', bytes: rest }
    ];
}
/** How a binary was built, as short facts: `go1.27.4`, `static`, `not stripped`, `-trimpath`… */
function buildFacts(binary) {
    if (binary.packed)
        return [PACKED_NOTE];
    const settings = binary.settings;
    const facts = [
        binary.goVersion ?? 'Go version unknown',
        binary.static ? 'static' : `dynamically linked (${binary.libraries.join(', ') || 'libc'})`,
        binary.stripped ? 'stripped' : 'not stripped',
        settings['-trimpath'] === 'true' ? '-trimpath' : 'without -trimpath'
    ];
    if (settings.CGO_ENABLED !== undefined)
        facts.push(`CGO_ENABLED=${settings.CGO_ENABLED}`);
    if (settings.GOOS && settings.GOARCH)
        facts.push(`${settings.GOOS}/${settings.GOARCH}`);
    if (settings['-ldflags'])
        facts.push(`-ldflags=${settings['-ldflags']}`);
    if (settings['-tags'])
        facts.push(`-tags=${settings['-tags']}`);
    if (settings['vcs.revision'])
        facts.push(`vcs.revision=${settings['vcs.revision'].slice(0, 12)}`);
    return facts;
}
/** What the report says of a UPX-packed binary. */
const PACKED_NOTE = 'packed with UPX, so what it holds cannot be read; UPX shrinks the file more than the pull (the registry gzips the layer anyway), and every start unpacks the whole program into memory';
/** The attack surface of both images, row by row; empty when the image's was not read. */
function surfaceRows(current, alternative) {
    const now = current.surface;
    if (!now)
        return [];
    const alt = alternative?.surface;
    const row = (label, value) => ({ label, current: value(now), alternative: alt && value(alt) });
    const count = (n) => n === undefined ? { text: 'not read' } : { count: n };
    return [
        row('Shells', s => ({ items: s.shells })),
        row('Package managers', s => ({ items: s.packageManagers })),
        row('Installed packages', s => count(s.packages)),
        row('Setuid/setgid files', s => ({ items: s.setuid })),
        row('Executables', s => count(s.executables)),
        row('Runs as', s => ({ text: s.user }))
    ];
}

;// CONCATENATED MODULE: ./src/report/model.ts

const REPORT_SCHEMA_VERSION = 1;
/** Bytes saved, and percent saved with one decimal as the `savings` output reports it. */
function savingsOf(original, alternative) {
    const bytes = original - alternative;
    return { bytes, percent: percentOf(bytes, original) };
}

;// CONCATENATED MODULE: ./src/tools/build-flags.ts

const SECRET_ENV_PREFIX = 'GO_IMAGE_BUDGET_SECRET_';
/**
 * Flags in the order build-push-action passes them. `exportCache`: whether this build writes
 * `cache-to` (only the build of the image itself does: every export to a destination replaces the
 * one before, so the alternative's or the base commit's would take the image's place).
 */
function buildFlagsOf(options, exportCache) {
    const args = [];
    const env = {};
    const each = (flag, values) => {
        for (const value of values)
            args.push(flag, value);
    };
    each('--add-host', options.addHosts);
    each('--allow', options.allow);
    each('--build-context', options.buildContexts);
    each('--cache-from', options.cacheFrom);
    if (exportCache)
        each('--cache-to', options.cacheTo);
    each('--label', options.labels);
    options.secrets.forEach((secret, index) => {
        args.push('--secret', secretFlag(secret, `${SECRET_ENV_PREFIX}${index}`, env));
    });
    if (options.shmSize)
        args.push('--shm-size', options.shmSize);
    each('--ssh', options.ssh);
    each('--ulimit', options.ulimits);
    if (options.network)
        args.push('--network', options.network);
    if (options.noCache)
        args.push('--no-cache');
    return { args, env };
}
function secretFlag(secret, envName, env) {
    const { source } = secret;
    if (source.kind === 'env')
        return `id=${secret.id},env=${source.name}`;
    if (source.kind === 'file')
        return `id=${secret.id},src=${external_node_path_namespaceObject.resolve(source.path)}`;
    env[envName] = source.value;
    return `id=${secret.id},env=${envName}`;
}

;// CONCATENATED MODULE: ./src/tools/build-log.ts
const TAIL_LINES = 20;
// A log line can be a whole Dockerfile line BuildKit prints back (hundreds of KB): a report shows
// its start.
const MAX_LINE_CHARS = 500;
// Failures whose words do not say what to do.
const HINTS = [
    [
        /max depth exceeded/,
        'the image has more layers than the storage driver stacks (overlay2: about 125): join RUN, COPY and ADD steps, or build in a stage and COPY the result in one layer'
    ]
];
/** Finds the failing step and the end of its output in a plain-progress BuildKit log. Pure. */
function summarizeBuildFailure(log) {
    const lines = log.split(/\r?\n/).filter(line => line.trim() !== '');
    const errorLine = lines.find(line => /^#\d+ ERROR: /.test(line));
    const vertex = errorLine ? /^#(\d+) /.exec(errorLine)?.[1] : undefined;
    const step = vertex
        ? lines.find(line => new RegExp(`^#${vertex} \\[`).test(line))?.replace(/^#\d+ /, '')
        : undefined;
    const stepOutput = vertex
        ? lines
            .filter(line => line.startsWith(`#${vertex} `) && !line.startsWith(`#${vertex} [`))
            .map(line => line.replace(/^#\d+ (\d+\.\d+ )?/, ''))
        : [];
    const finalError = [...lines].reverse().find(line => /^(ERROR|error):? /.test(line));
    const lineMatch = /^Dockerfile(?:\.[\w.-]+)?:(\d+)/m.exec(log) ?? /\bDockerfile:(\d+)\b/.exec(log);
    const said = (finalError ?? errorLine ?? lines.at(-1) ?? 'the build failed without output')
        .replace(/^(ERROR|error):? /, '')
        .replace(/\b(\w+: )\1+/g, '$1');
    const hint = HINTS.find(([pattern]) => pattern.test(said))?.[1];
    return {
        step,
        line: lineMatch ? Number(lineMatch[1]) : undefined,
        reason: cutLine(hint ? `${said} (${hint})` : said),
        tail: (stepOutput.length > 0 ? stepOutput : lines).slice(-TAIL_LINES).map(cutLine)
    };
}
function cutLine(line) {
    if (line.length <= MAX_LINE_CHARS)
        return line;
    return `${line.slice(0, MAX_LINE_CHARS)}… (${(line.length - MAX_LINE_CHARS).toLocaleString('en-US')} more characters)`;
}

;// CONCATENATED MODULE: ./src/tools/buildx.ts



/** Builds one image with `docker buildx build --load`. A failed build is an outcome, not an exception. */
async function buildImage(request, docker = {}) {
    const flags = request.buildOptions
        ? buildFlagsOf(request.buildOptions, request.exportCache === true)
        : { args: [], env: {} };
    const result = await runDocker(buildArgs(request, flags.args), {
        ...docker,
        env: { ...docker.env, ...flags.env },
        input: request.dockerfile,
        onStderr: request.onLog
    });
    if (result.exitCode !== 0)
        return { ok: false, failure: summarizeBuildFailure(result.stderr) };
    return { ok: true };
}
/** The `docker buildx build` command line of a request. */
function buildArgs(request, flags) {
    const args = ['buildx', 'build', '--load', '--progress', 'plain', '--tag', request.tag];
    args.push('--file', request.dockerfile === undefined ? request.file : '-');
    if (request.builder)
        args.push('--builder', request.builder);
    if (request.target)
        args.push('--target', request.target);
    if (request.platform)
        args.push('--platform', request.platform);
    for (const [key, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    args.push(...flags);
    if (request.pull)
        args.push('--pull');
    if (request.pull && !request.buildOptions?.noCache)
        args.push('--no-cache');
    args.push(request.context);
    return args;
}
/**
 * The platforms a builder says it builds (`docker buildx inspect`), or undefined when it cannot be
 * asked: the build then says what is wrong itself.
 */
async function builderPlatforms(builder, docker = {}) {
    const result = await runDocker(['buildx', 'inspect', ...(builder ? [builder] : [])], docker);
    if (result.exitCode !== 0)
        return undefined;
    const name = /^Name:\s+(\S+)/m.exec(result.stdout)?.[1] ?? builder ?? 'default';
    const platforms = [...result.stdout.matchAll(/^Platforms:\s+(.+)$/gm)].flatMap(match => match[1].split(',').map(platform => platform.trim().replace(/\*$/, '')));
    return { builder: name, platforms: [...new Set(platforms.filter(Boolean))] };
}
/** Removes the tags a run made; the images go with them unless something else still uses them. */
async function removeTags(tags, docker = {}) {
    if (tags.length > 0)
        await runDocker(['image', 'rm', ...tags], docker);
}

;// CONCATENATED MODULE: ./src/go-source/cgo-modules.ts
const CGO_MODULES = [
    { path: 'github.com/mattn/go-sqlite3', loadsLibrariesAtRunTime: false },
    { path: 'github.com/mattn/go-oci8', loadsLibrariesAtRunTime: true },
    { path: 'github.com/godror/godror', loadsLibrariesAtRunTime: true },
    { path: 'github.com/confluentinc/confluent-kafka-go', loadsLibrariesAtRunTime: false },
    { path: 'github.com/DataDog/zstd', loadsLibrariesAtRunTime: false },
    { path: 'github.com/valyala/gozstd', loadsLibrariesAtRunTime: false },
    { path: 'github.com/h2non/bimg', loadsLibrariesAtRunTime: false },
    { path: 'gopkg.in/gographics/imagick', loadsLibrariesAtRunTime: false },
    { path: 'github.com/tecbot/gorocksdb', loadsLibrariesAtRunTime: false },
    { path: 'github.com/linxGnu/grocksdb', loadsLibrariesAtRunTime: false },
    { path: 'github.com/go-gl/', loadsLibrariesAtRunTime: true },
    { path: 'github.com/gotk3/', loadsLibrariesAtRunTime: true },
    { path: 'github.com/webview/', loadsLibrariesAtRunTime: true },
    { path: 'libvirt.org/go/libvirt', loadsLibrariesAtRunTime: true },
    { path: 'github.com/libvirt/libvirt-go', loadsLibrariesAtRunTime: true }
];
/** The known cgo module a required module path is, or belongs to (`…/v2`, a sub-module). */
function cgoModuleOf(modulePath) {
    return CGO_MODULES.find(({ path }) => modulePath === path || modulePath.startsWith(path.endsWith('/') ? path : `${path}/`));
}

;// CONCATENATED MODULE: ./src/dockerfile/find/link-mode.ts

const DISTROLESS_BASE = 'gcr.io/distroless/base-debian12';
// Libraries whose static archives come with the C toolchain (glibc or musl).
const LIBC_LIBRARIES = new Set(['c', 'm', 'pthread', 'dl', 'rt', 'resolv']);
/** Pure Go unless the program needs cgo; then a static cgo link, when one can work. */
function decideLinkMode(facts, builds) {
    const needsCgo = facts.usesCgo || facts.cgoModules.length > 0;
    const cgoOff = builds.every(build => build.env.get('CGO_ENABLED') === '0');
    const pureGo = { mode: 'pure-go', blockers: [], changes: [], warnings: [] };
    if (!needsCgo || cgoOff)
        return pureGo;
    const line = (builds[0]?.instruction.startLine ?? 0) + 1;
    const dynamic = facts.cgoModules.filter(m => cgoModuleOf(m)?.loadsLibrariesAtRunTime);
    if (dynamic.length > 0) {
        return {
            ...pureGo,
            blockers: [
                {
                    line,
                    message: `the program uses ${dynamic.join(', ')}, which loads C libraries at run time: a static binary cannot, so the image needs a libc and those libraries`,
                    nearest: DISTROLESS_BASE
                }
            ]
        };
    }
    const why = facts.usesCgo ? 'import "C"' : facts.cgoModules.join(', ');
    const extra = (facts.cgoLibraries ?? []).filter(lib => !LIBC_LIBRARIES.has(lib));
    return {
        mode: 'static-cgo',
        blockers: [],
        changes: [
            `static cgo link: -linkmode=external -extldflags=-static and -tags netgo,osusergo, as the program needs cgo (${why})`
        ],
        warnings: extra.length > 0
            ? [
                {
                    line,
                    message: `the static link needs ${extra.map(lib => `lib${lib}.a`).join(', ')} in the build stage (install the -dev/-static package)`
                }
            ]
            : []
    };
}

;// CONCATENATED MODULE: ./src/dockerfile/find/binaries.ts




// Directories that exist in common runtime bases: `COPY app /usr/local/bin` lands inside them.
// In scratch they do not exist, so the generated COPY names the file in full.
const BASE_DIRECTORIES = new Set([
    '/',
    '/bin',
    '/sbin',
    '/usr/bin',
    '/usr/sbin',
    '/usr/local/bin',
    '/usr/local/sbin',
    '/tmp',
    '/etc',
    '/opt',
    '/srv'
]);
/**
 * Finds which go builds the final image carries and where. Single-stage images (the final stage
 * or one it builds on runs `go build`) ship the binary where it was built; multi-stage images
 * ship what the final stage COPYs from a build stage.
 */
function linkBinaries(parsed, finalStage, builds) {
    const programs = builds.filter(build => !build.isToolInstall);
    const inPlace = programs.filter(build => buildsOn(finalStage, build.stage));
    if (inPlace.length > 0) {
        const known = inPlace.filter(build => build.output !== undefined);
        const warnings = inPlace
            .filter(build => build.output === undefined)
            .map(build => ({
            line: build.instruction.startLine + 1,
            message: `cannot tell where this go ${build.verb} writes its binary: add -o /out/NAME`
        }));
        return {
            binaries: known.map(build => ({
                build,
                fromStage: finalStage,
                source: build.output,
                target: build.output,
                isDirectory: build.outputIsDirectory
            })),
            warnings
        };
    }
    const binaries = copiedBinaries(parsed, finalStage, programs);
    if (binaries.length > 0)
        return { binaries, warnings: [] };
    return guessSingleCopy(parsed, finalStage, programs);
}
function copiedBinaries(parsed, finalStage, programs) {
    const binaries = [];
    for (const copy of finalStage.instructions) {
        const from = copySource(parsed, copy);
        if (!from)
            continue;
        const operands = expandedCopyOperands(copy);
        const sources = operands.slice(0, -1).map(s => external_node_path_namespaceObject.posix.resolve('/', s));
        const destination = destinationOf(copy, operands, finalStage);
        for (const build of programs) {
            if (!build.output || !buildsOn(from, build.stage))
                continue;
            for (const source of sources) {
                const binary = match(build, source, destination, sources.length > 1);
                if (binary)
                    binaries.push({ ...binary, build, fromStage: from, copy });
            }
        }
    }
    return binaries;
}
/** The stage a COPY --from copies out of, or undefined for any other instruction. */
function copySource(parsed, copy) {
    if (copy.keyword !== 'COPY')
        return undefined;
    const from = flagValue(copy.node, 'from');
    return from ? findStage(parsed, expandVariables(from, copy.variables)) : undefined;
}
/** The COPY destination as an absolute path, and whether it names a directory. */
function destinationOf(copy, operands, stage) {
    const raw = operands[operands.length - 1] ?? '.';
    const path = external_node_path_namespaceObject.posix.resolve(copy.workdir, raw);
    const isDirectory = raw.endsWith('/') ||
        raw === '.' ||
        operands.length > 2 ||
        BASE_DIRECTORIES.has(path) ||
        stage.instructions.some(i => i.keyword === 'WORKDIR' && i.startLine < copy.startLine && i.workdir === path) ||
        stage.instructions.some(i => i.startLine > copy.startLine && i.workdir === path);
    return { path, isDirectory };
}
function match(build, source, destination, manySources) {
    const output = build.output;
    if (source === output) {
        const intoDirectory = destination.isDirectory || manySources || build.outputIsDirectory;
        const target = intoDirectory && !build.outputIsDirectory
            ? external_node_path_namespaceObject.posix.join(destination.path, external_node_path_namespaceObject.posix.basename(output))
            : destination.path;
        return { source, target, isDirectory: build.outputIsDirectory };
    }
    if (output.startsWith(`${source}/`)) {
        // A whole directory copy that happens to contain the binary.
        return {
            source: output,
            target: external_node_path_namespaceObject.posix.join(destination.path, output.slice(source.length + 1)),
            isDirectory: build.outputIsDirectory
        };
    }
    return undefined;
}
/** One go build and one file copied from a stage: assume that file is the binary, and say so. */
function guessSingleCopy(parsed, finalStage, programs) {
    const copies = finalStage.instructions.filter(i => copySource(parsed, i));
    const build = programs[0];
    const copy = copies[0];
    if (programs.length !== 1 || copies.length !== 1 || !build || !copy) {
        return { binaries: [], warnings: [] };
    }
    const from = copySource(parsed, copy);
    const operands = expandedCopyOperands(copy);
    if (operands.length !== 2)
        return { binaries: [], warnings: [] };
    const source = external_node_path_namespaceObject.posix.resolve('/', operands[0]);
    const destination = destinationOf(copy, operands, finalStage);
    const target = destination.isDirectory
        ? external_node_path_namespaceObject.posix.join(destination.path, external_node_path_namespaceObject.posix.basename(source))
        : destination.path;
    return {
        binaries: [{ build, fromStage: from, source, target, isDirectory: false, copy }],
        warnings: [
            {
                line: copy.startLine + 1,
                message: `assumed this COPY brings the binary that line ${build.instruction.startLine + 1} builds`
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/dockerfile/find/copied-binaries.ts



/**
 * The Go executables the final stage copies in, latest COPY first when two write one path; and
 * the ones no COPY brings (a RUN of the final stage made them).
 */
function copied_binaries_copiedBinaries(parsed, finalStage, runtime, shipped) {
    const copies = runtime.filter(i => i.keyword === 'COPY' || i.keyword === 'ADD').reverse();
    const copied = [];
    const uncopied = [];
    for (const image of shipped) {
        const found = copies
            .map(copy => ({
            copy,
            source: sourceOf(copy, finalStage, image.path, copySource(parsed, copy) !== undefined)
        }))
            .find(match => match.source !== undefined);
        if (!found) {
            uncopied.push(image);
            continue;
        }
        const from = copySource(parsed, found.copy);
        copied.push({
            image,
            copy: found.copy,
            fromStage: from ?? finalStage,
            fromContext: from === undefined,
            source: found.source,
            target: image.path,
            isDirectory: false
        });
    }
    return { copied, uncopied };
}
/**
 * Where this COPY takes the file it puts at `path` from (in the stage it copies from, or in the
 * build context), or undefined when it puts none there.
 */
function sourceOf(copy, stage, path, fromStage) {
    const operands = expandedCopyOperands(copy);
    const sources = operands.slice(0, -1);
    const destination = destinationOf(copy, operands, stage);
    const base = (source) => fromStage ? external_node_path_namespaceObject.posix.resolve('/', source) : external_node_path_namespaceObject.posix.normalize(source);
    if (!destination.isDirectory && sources.length === 1) {
        if (path === destination.path)
            return base(sources[0]);
        // A directory copied to a path of its own: the file is inside it.
        return inside(path, destination.path, base(sources[0]));
    }
    for (const source of sources) {
        const name = external_node_path_namespaceObject.posix.basename(source);
        if (/[*?[]/.test(name)) {
            const inDestination = external_node_path_namespaceObject.posix.dirname(path) === destination.path;
            if (inDestination && globMatches(name, external_node_path_namespaceObject.posix.basename(path))) {
                return external_node_path_namespaceObject.posix.join(base(external_node_path_namespaceObject.posix.dirname(source)), external_node_path_namespaceObject.posix.basename(path));
            }
        }
        else if (path === external_node_path_namespaceObject.posix.join(destination.path, name))
            return base(source);
    }
    // A directory's contents copied in: the file is somewhere inside one of the sources.
    const only = sources.length === 1 ? sources[0] : undefined;
    return only && !/[*?[]/.test(only) ? inside(path, destination.path, base(only)) : undefined;
}
function inside(path, destination, source) {
    const prefix = destination === '/' ? '/' : `${destination}/`;
    return path.startsWith(prefix) ? external_node_path_namespaceObject.posix.join(source, path.slice(prefix.length)) : undefined;
}
/** A shell glob of one path element (`*`, `?`, `[…]`), as COPY matches file names. */
function globMatches(pattern, name) {
    let regex = '^';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            regex += '[^/]*';
        else if (c === '?')
            regex += '[^/]';
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 1);
            if (close === -1)
                regex += '\\[';
            else {
                const body = pattern
                    .slice(i + 1, close)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                regex += `[${body}]`;
                i = close;
            }
        }
        else
            regex += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`${regex}$`).test(name);
}

;// CONCATENATED MODULE: ./src/dockerfile/find/commands.ts




const BUSYBOX = 'busybox';
const DISTROLESS_STATIC = 'gcr.io/distroless/static-debian12';
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** Rewrites the run-time commands to exec form with absolute paths, or says why it cannot. */
function planCommands(instructions, command, binaries, escape) {
    const { entrypoint, cmd } = command;
    // `ENTRYPOINT []` clears the base image's entrypoint: the CMD is then the program.
    const hasEntrypoint = entrypoint && !(entrypoint.line.form === 'exec' && entrypoint.line.argv.length === 0);
    const healthcheck = lastInstruction(instructions, 'HEALTHCHECK');
    const conversions = [
        ...overridden(instructions),
        ...(hasEntrypoint ? [convertProgram(entrypoint, binaries)] : []),
        ...(hasEntrypoint && cmd ? [convertArguments(cmd, entrypoint.line)] : []),
        ...(!hasEntrypoint && cmd ? [convertProgram(cmd, binaries)] : []),
        ...(healthcheck ? [convertHealthcheck(healthcheck, binaries, escape)] : [])
    ].filter((c) => c !== undefined);
    return {
        rewrites: new Map(conversions.flatMap(c => (c.argv === undefined ? [] : [[c.instruction, c.argv]]))),
        blockers: conversions.flatMap(c => (c.blocker ? [c.blocker] : [])),
        changes: conversions.flatMap(c => (c.change ? [c.change] : [])),
        missingCommand: !hasEntrypoint && !cmd
    };
}
/** Only the last ENTRYPOINT, CMD and HEALTHCHECK take effect; the others are left out. */
function overridden(instructions) {
    return ['ENTRYPOINT', 'CMD', 'HEALTHCHECK'].flatMap(keyword => {
        const final = lastInstruction(instructions, keyword);
        return instructions
            .filter(i => i.keyword === keyword && i !== final)
            .map(instruction => ({ instruction, argv: null }));
    });
}
/** The ENTRYPOINT (or CMD without one): the program must be one of the shipped binaries. */
function convertProgram({ instruction, line }, binaries) {
    const keyword = instruction.keyword;
    const usable = usableArgv(instruction, line, keyword);
    if ('blocker' in usable)
        return { instruction, blocker: usable.blocker };
    const argv = usable.argv;
    const program = resolveProgram(argv[0], instruction, binaries);
    if (!program) {
        return { instruction, blocker: missingProgram(instruction, keyword, argv[0]) };
    }
    const rewritten = { instruction, argv: [program, ...argv.slice(1)] };
    if (line.form === 'shell') {
        return {
            ...rewritten,
            change: `${keyword} in exec form: scratch has no /bin/sh to run "${line.text}"`
        };
    }
    if (program !== argv[0]) {
        return {
            ...rewritten,
            change: `${keyword} runs ${program} instead of "${argv[0]}": an absolute path needs no PATH or WORKDIR`
        };
    }
    return rewritten;
}
/** CMD after an ENTRYPOINT holds arguments: only shell form needs converting. */
function convertArguments({ instruction, line }, entrypoint) {
    if (entrypoint.form === 'shell') {
        return {
            instruction,
            argv: null,
            change: 'CMD left out: the original shell-form ENTRYPOINT ignored it'
        };
    }
    if (line.form === 'exec')
        return undefined;
    const usable = usableArgv(instruction, line, 'CMD');
    if ('blocker' in usable)
        return { instruction, blocker: usable.blocker };
    return {
        instruction,
        argv: usable.argv,
        change: `CMD in exec form: scratch has no /bin/sh to run "${line.text}"`
    };
}
function usableArgv(instruction, line, keyword) {
    const argv = line.argv;
    if (line.form === 'shell' && !argv) {
        return {
            blocker: {
                line: instruction.startLine + 1,
                message: `${keyword} needs a shell (${line.shellReason}), and scratch has none: write it in exec form, e.g. ${keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : keyword} ["/app/server", "--flag"], and read settings from the environment in the program`,
                nearest: BUSYBOX
            }
        };
    }
    if (argv && runsShell(argv)) {
        return {
            blocker: {
                line: instruction.startLine + 1,
                message: `${keyword} runs ${argv[0]}, and scratch has no shell: run the binary directly in exec form`,
                nearest: BUSYBOX
            }
        };
    }
    return { argv: argv };
}
function convertHealthcheck(healthcheck, binaries, escape) {
    const content = argumentsOf(healthcheck).trim();
    if (!/^CMD\b/i.test(content))
        return undefined;
    const line = readCommandLine(content.slice(3), escape);
    // Name the missing tool (curl, wget) before any shell syntax around it: that is the fix to make.
    const program = line.form === 'exec' ? line.argv[0] : firstWord(line.text, escape);
    if (program && !runsShell([program]) && !resolveProgram(program, healthcheck, binaries)) {
        return { instruction: healthcheck, blocker: missingTool(healthcheck, program) };
    }
    const usable = usableArgv(healthcheck, line, 'HEALTHCHECK');
    if ('blocker' in usable)
        return { instruction: healthcheck, blocker: usable.blocker };
    const argv = usable.argv;
    const resolved = resolveProgram(argv[0], healthcheck, binaries);
    const rewritten = { instruction: healthcheck, argv: [resolved, ...argv.slice(1)] };
    if (line.form === 'shell' || resolved !== argv[0]) {
        return {
            ...rewritten,
            change: `HEALTHCHECK in exec form with ${resolved}: scratch has no shell`
        };
    }
    return rewritten;
}
function firstWord(text, escape) {
    const first = tokenizeShell(text, escape)[0];
    return first?.kind === 'word' ? first.value : undefined;
}
function missingTool(healthcheck, program) {
    const tool = external_node_path_namespaceObject.posix.basename(program);
    const busybox = tool === 'curl' ? ' (or keep a busybox base and use wget -q -O /dev/null)' : '';
    return {
        line: healthcheck.startLine + 1,
        message: `HEALTHCHECK runs ${tool}, which a scratch image does not have: give the binary a health-check mode and use HEALTHCHECK CMD ["/path/to/binary", "-healthcheck"]${busybox}`,
        nearest: BUSYBOX
    };
}
/** Where the container would find `program`: a path, or a name looked up on PATH. */
function resolveProgram(program, instruction, binaries) {
    const ships = (path) => binaries.some(b => b.target === path || (b.isDirectory && path.startsWith(`${b.target}/`)));
    if (program.includes('/')) {
        const path = external_node_path_namespaceObject.posix.resolve(instruction.workdir, program);
        return ships(path) ? path : undefined;
    }
    const dirs = (instruction.variables.get('PATH') ?? DEFAULT_PATH).split(':');
    return dirs.map(dir => external_node_path_namespaceObject.posix.join(dir, program)).find(ships);
}
function missingProgram(instruction, keyword, program) {
    const line = instruction.startLine + 1;
    if (program.endsWith('.sh')) {
        return {
            line,
            message: `${keyword} runs the script ${program}, and scratch has no shell: move what it does into the Go program or the Dockerfile`,
            nearest: BUSYBOX
        };
    }
    return {
        line,
        message: `${keyword} runs ${program}, which is not a Go binary this Dockerfile builds: a scratch image holds only that binary`,
        nearest: DISTROLESS_STATIC
    };
}

;// CONCATENATED MODULE: ./src/dockerfile/read/exec-form-run.ts
/*
 * An exec-form RUN (`RUN ["go", "build", "-o", "/app", "."]`) is read as the shell line that
 * runs the same argv, so the go build finder reads one syntax; the rewrite turns it back into
 * exec form (write/exec-form.ts), so it keeps running without a shell and every word means what
 * it meant.
 */
const PLAIN_WORD = /^[A-Za-z0-9_./=:,@%+-]+$/;
/** The shell line whose one command has exactly this argv. */
function execFormAsShell(argv) {
    return argv
        .map(arg => (PLAIN_WORD.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`))
        .join(' ');
}

;// CONCATENATED MODULE: ./src/dockerfile/find/go-flags.ts
// cmd/go takes the next word as the value of these flags: `-o out .` builds ., not out.
const VALUE_FLAGS = new Set([
    'o',
    'ldflags',
    'gcflags',
    'asmflags',
    'gccgoflags',
    'tags',
    'mod',
    'modfile',
    'overlay',
    'p',
    'pkgdir',
    'toolexec',
    'installsuffix',
    'buildmode',
    'compiler',
    'pgo',
    'C',
    'coverpkg',
    'covermode',
    'exec'
]);
/** Splits the words after `go build` into flags and package arguments, as cmd/go does. */
function readGoArguments(words) {
    const flags = [];
    let i = 0;
    for (; i < words.length; i++) {
        const word = words[i];
        if (word.value === '--') {
            i++;
            break;
        }
        if (!word.value.startsWith('-') || word.value === '-')
            break;
        const body = word.value.replace(/^--?/, '');
        const eq = body.indexOf('=');
        const name = eq === -1 ? body : body.slice(0, eq);
        if (eq !== -1)
            flags.push({ name, value: body.slice(eq + 1), words: [word] });
        else if (VALUE_FLAGS.has(name) && words[i + 1]) {
            const valueWord = words[++i];
            flags.push({ name, value: valueWord.value, words: [word, valueWord] });
        }
        else
            flags.push({ name, value: 'true', words: [word] });
    }
    return { flags, packages: words.slice(i).map(word => word.value) };
}

;// CONCATENATED MODULE: ./src/dockerfile/find/go-build.ts







/** Every `go build`/`go install` in the given stages, in Dockerfile order. */
function findGoBuilds(parsed, stages, modulePath) {
    const builds = [];
    for (const stage of stages) {
        for (const instruction of stage.instructions) {
            if (instruction.keyword !== 'RUN')
                continue;
            builds.push(...goBuildsInRun(parsed, stage, instruction, modulePath));
        }
    }
    return builds;
}
function goBuildsInRun(parsed, stage, instruction, modulePath) {
    const range = instruction.node.getArgumentsRange();
    if (!range)
        return [];
    const startLine = parsed.lines[range.start.line] ?? '';
    const offset = parsed.lines
        .slice(instruction.startLine, range.start.line)
        .reduce((sum, line) => sum + line.length + 1, 0) + range.start.character;
    const text = instructionText(parsed, instruction);
    const argv = parseJsonArray(startLine.slice(range.start.character).trim());
    if (argv !== null) {
        const execShell = execFormAsShell(argv);
        const at = { stage, instruction, offset: 0 };
        return goBuildsInShell(execShell, '\\', at, modulePath).map(build => ({ ...build, execShell }));
    }
    return goBuildsInShell(text.slice(offset), parsed.escape, { stage, instruction, offset }, modulePath);
}
/**
 * The go commands of some shell text run as (or, for a go build the plan adds, right after)
 * `instruction`: it gives their environment, working directory and line. `offset` is where the
 * text sits inside the instruction's text.
 */
function goBuildsInShell(shell, escape, at, modulePath) {
    const { stage, instruction, offset } = at;
    const builds = [];
    let cwd = instruction.workdir;
    for (const command of simpleCommands(tokenizeShell(shell, escape))) {
        const { env, words } = commandEnvironment(command, instruction.variables);
        const expand = (value) => expandVariables(value, env);
        const first = words[0];
        if (first?.value === 'cd' && words[1]) {
            cwd = external_node_path_namespaceObject.posix.resolve(cwd, expand(words[1].value));
            continue;
        }
        const verbWord = words[1];
        if (!first || !verbWord || !isGoBinary(first.value))
            continue;
        if (verbWord.value !== 'build' && verbWord.value !== 'install')
            continue;
        const { flags, packages } = readGoArguments(words.slice(2));
        const chdir = flags.find(flag => flag.name === 'C');
        const goCwd = chdir ? external_node_path_namespaceObject.posix.resolve(cwd, expand(chdir.value)) : cwd;
        const build = {
            stage,
            instruction,
            offset,
            command,
            goWord: first,
            verbWord,
            verb: verbWord.value,
            flags,
            packages: packages.map(expand),
            env,
            cwd: goCwd,
            outputIsDirectory: false,
            isToolInstall: verbWord.value === 'install' && packages.some(p => p.includes('@'))
        };
        Object.assign(build, locateOutput(build, stage, modulePath));
        builds.push(build);
    }
    return builds;
}
/**
 * The environment a command runs with and its words after the `NAME=value` prefixes:
 * `NAME=value go build` and `env NAME=value go build` both set the go command's environment.
 */
function commandEnvironment(command, variables) {
    const env = new Map(variables);
    const assign = (word) => {
        const eq = word.value.indexOf('=');
        env.set(word.value.slice(0, eq), expandVariables(word.value.slice(eq + 1), env));
    };
    command.assignments.forEach(assign);
    const words = [...command.words];
    if (words[0]?.value === 'env') {
        words.shift();
        while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0].value))
            assign(words.shift());
    }
    return { env, words };
}
function isGoBinary(word) {
    return word === 'go' || word.endsWith('/go');
}
/** Where the binary lands, following cmd/go's naming rules. */
function locateOutput(build, stage, modulePath) {
    const expand = (value) => expandVariables(value, build.env);
    const packageName = defaultBinaryName(build, stage, modulePath);
    if (build.verb === 'install') {
        const gobin = build.env.get('GOBIN');
        const gopath = (build.env.get('GOPATH') ?? '/root/go').split(':')[0];
        const dir = gobin ? gobin : external_node_path_namespaceObject.posix.join(gopath, 'bin');
        return {
            output: packageName ? external_node_path_namespaceObject.posix.join(dir, packageName) : undefined,
            outputIsDirectory: false
        };
    }
    const o = build.flags.find(flag => flag.name === 'o');
    if (!o) {
        return {
            output: packageName ? external_node_path_namespaceObject.posix.join(build.cwd, packageName) : undefined,
            outputIsDirectory: false
        };
    }
    const value = expand(o.value);
    const output = external_node_path_namespaceObject.posix.resolve(build.cwd, value);
    return { output, outputIsDirectory: value.endsWith('/') };
}
/** The name cmd/go gives a binary it is not told to name: from the package path or first file. */
function defaultBinaryName(build, stage, modulePath) {
    const packages = build.packages.length === 0 ? ['.'] : build.packages;
    if (packages.every(p => p.endsWith('.go')))
        return external_node_path_namespaceObject.posix.basename(packages[0], '.go');
    if (packages.length !== 1)
        return undefined;
    const pkg = packages[0].split('@')[0];
    if (pkg.includes('...'))
        return undefined;
    if (!pkg.startsWith('.') && !pkg.startsWith('/'))
        return lastPathElement(pkg);
    const dir = external_node_path_namespaceObject.posix.resolve(build.cwd, pkg);
    // Without a COPY of go.mod in sight, assume the build runs at the module root, as most do.
    const root = stage.moduleRoot ?? build.cwd;
    if (modulePath && dir === root)
        return lastPathElement(modulePath);
    return lastPathElement(dir);
}
/** The last element of an import path, skipping a major-version suffix such as `/v2`. */
function lastPathElement(path) {
    const parts = path.split('/').filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    if (/^v[2-9]\d*$/.test(last) && parts.length > 1)
        return parts[parts.length - 2];
    return last;
}

;// CONCATENATED MODULE: ./src/dockerfile/find/hidden-build.ts





const HIDDEN_BUILDERS = new Set([
    'make',
    'gmake',
    'task',
    'just',
    'mage',
    'bazel',
    'goreleaser',
    'ko'
]);
/** Every RUN in the given stages that calls a build tool or a `.sh` script, in order. */
function findHiddenBuilds(parsed, stages) {
    const found = [];
    for (const stage of stages) {
        for (const instruction of stage.instructions) {
            if (instruction.keyword !== 'RUN')
                continue;
            const text = argumentsOf(instruction);
            const argv = parseJsonArray(text.trim());
            const commands = argv
                ? [argv.map(word => ({ raw: word, value: word }))]
                : simpleCommands(tokenizeShell(text, parsed.escape)).map(c => c.words);
            let cwd = instruction.workdir;
            for (const words of commands) {
                const program = words[0]?.value ?? '';
                if (program === 'cd' && words[1]) {
                    cwd = external_node_path_namespaceObject.posix.resolve(cwd, expandVariables(words[1].value, instruction.variables));
                }
                else if (isBuildTool(program)) {
                    const command = words.map(word => word.raw).join(' ');
                    found.push({ stage, instruction, command, words: words.map(w => w.value), cwd });
                    break;
                }
            }
        }
    }
    return found;
}
/**
 * make and its kin; a shell script (`./build.sh`, `scripts/build`); a wrapper of the go command
 * (`xx-go build`, from tonistiigi/xx, or any `*-go`).
 */
function isBuildTool(program) {
    const name = external_node_path_namespaceObject.posix.basename(program);
    return (HIDDEN_BUILDERS.has(name) ||
        name.endsWith('.sh') ||
        /.-go$/.test(name) ||
        (program.includes('/') && /build/i.test(name)));
}
/**
 * Why a hidden build alone gives nothing to rebuild, and the input that would. Reports put it
 * after the status ("no Go build found: …"), so it does not say that again.
 */
function hiddenBuildReason(hidden) {
    return `RUN ${hidden.command} (line ${hidden.instruction.startLine + 1}) may build the program, but only go build and go install can be made static here; call go build in the Dockerfile, or name the main package with the go-package input (e.g. go-package: ./cmd/server)`;
}

;// CONCATENATED MODULE: ./src/dockerfile/find/image-build.ts




/** What the alternative does with binaries a hidden build made. */
function decideImageBuild(facts, copied, hidden) {
    const decision = { cgoReruns: [], blockers: [], changes: [], warnings: [] };
    const buildOf = (binary) => hidden.filter(h => buildsOn(binary.fromStage, h.stage)).at(-1);
    for (const binary of copied.filter(b => b.fromContext)) {
        decision.blockers.push({
            line: binary.copy.startLine + 1,
            message: `${binary.image.path} is a Go program copied in prebuilt from the build context: the alternative takes its CA bundle and /etc/passwd from the stage that builds the program; build it in the Dockerfile, or name its main package with the go-package input`,
            nearest: DISTROLESS_STATIC
        });
    }
    const dynamic = copied.filter(b => !b.image.static && !b.fromContext);
    const needsCgo = facts.usesCgo || facts.cgoModules.length > 0;
    if (dynamic.length > 0 && needsCgo) {
        const why = facts.usesCgo ? 'import "C"' : facts.cgoModules.join(', ');
        for (const binary of dynamic) {
            decision.blockers.push({
                line: binary.copy.startLine + 1,
                message: `${binary.image.path} is linked against ${librariesOf(binary)} and the program needs cgo (${why}): a build the Dockerfile hides cannot be linked statically from here; link it statically in the build (-ldflags "-linkmode external -extldflags -static"), or name the main package with the go-package input`,
                nearest: DISTROLESS_BASE
            });
        }
    }
    else {
        decision.cgoReruns = rerunsFor(dynamic, buildOf);
    }
    const rebuilt = new Set(decision.cgoReruns.flatMap(rerun => rerun.binaries));
    for (const [build, binaries] of groupBy(copied, buildOf)) {
        const kept = build
            ? `kept RUN ${build.command} (line ${build.instruction.startLine + 1})`
            : 'kept the build stage as it is';
        const list = binaries.map(b => `${b.source} (${describe(b, rebuilt.has(b))})`).join(', ');
        decision.changes.push(`${kept}; the scratch stage copies ${list}`);
        const unstripped = binaries.filter(b => !b.image.stripped);
        if (unstripped.length > 0) {
            const saved = unstripped.reduce((sum, b) => sum + b.image.strippable, 0);
            const wrapper = build && /.-go$/.test(build.words[0]?.split('/').at(-1) ?? '');
            const where = !build
                ? 'in the go build of the build stage'
                : wrapper
                    ? `added to RUN ${build.command}`
                    : `in the go build that RUN ${build.command} runs`;
            decision.warnings.push({
                line: (build?.instruction ?? unstripped[0].copy).startLine + 1,
                message: `${unstripped.map(b => b.source).join(', ')} not stripped: -ldflags="-s -w" ${where} would save ${format_formatBytes(saved)}`
            });
            if (build && /^g?make$/.test(build.words[0]?.split('/').at(-1) ?? '')) {
                decision.makeDryRun = {
                    stage: build.stage,
                    hidden: build,
                    sources: unstripped.map(b => b.source)
                };
            }
        }
    }
    return decision;
}
/** One RUN per build stage: its hidden build, or else its last RUN. */
function rerunsFor(dynamic, buildOf) {
    const reruns = new Map();
    for (const binary of dynamic) {
        const hidden = buildOf(binary);
        const instruction = hidden?.instruction ??
            stageChain(binary.fromStage)
                .flatMap(stage => stage.instructions)
                .filter(i => i.keyword === 'RUN')
                .at(-1);
        if (!instruction)
            continue;
        const stage = hidden?.stage ?? binary.fromStage;
        const rerun = reruns.get(instruction) ?? { stage, instruction, hidden, binaries: [] };
        rerun.binaries.push(binary);
        reruns.set(instruction, rerun);
    }
    return [...reruns.values()];
}
function describe(binary, rebuilt) {
    const { image } = binary;
    const link = image.static
        ? 'static'
        : rebuilt
            ? `linked against ${librariesOf(binary)}, so built again with CGO_ENABLED=0`
            : `linked against ${librariesOf(binary)}`;
    const ldflags = image.settings['-ldflags'] ?? '';
    const byFlags = /(^|\s)-s(\s|=|$)/.test(ldflags) && /(^|\s)-w(\s|=|$)/.test(ldflags);
    const strip = !image.stripped
        ? 'not stripped'
        : byFlags
            ? 'already stripped by the build\'s -ldflags "-s -w"'
            : 'already stripped';
    return `${link}, ${strip}`;
}
function librariesOf(binary) {
    const { libraries, interpreter } = binary.image;
    return libraries.length > 0 ? libraries.join(', ') : (interpreter ?? 'the C library');
}
function groupBy(values, key) {
    const groups = new Map();
    for (const value of values)
        groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
    return groups;
}

;// CONCATENATED MODULE: ./src/go-source/go-tokens.ts
const IDENT_START = /[A-Za-z_\u00C0-\uFFFF]/;
const IDENT_PART = /[A-Za-z0-9_\u00C0-\uFFFF]/;
/**
 * Splits Go source into identifiers, string literals (decoded) and punctuation, dropping
 * comments, numbers and rune literals. Not a full Go lexer: enough to read imports and
 * `pkg.Func("literal", …)` calls without being fooled by comments or strings.
 */
function goTokens(source) {
    const tokens = [];
    const n = source.length;
    let i = 0;
    while (i < n) {
        const c = source[i];
        if (c === '/' && source[i + 1] === '/') {
            while (i < n && source[i] !== '\n')
                i++;
        }
        else if (c === '/' && source[i + 1] === '*') {
            const end = source.indexOf('*/', i + 2);
            i = end === -1 ? n : end + 2;
        }
        else if (c === '"') {
            const { value, end } = readInterpreted(source, i + 1);
            tokens.push({ kind: 'string', value });
            i = end;
        }
        else if (c === '`') {
            const end = source.indexOf('`', i + 1);
            tokens.push({ kind: 'string', value: source.slice(i + 1, end === -1 ? n : end) });
            i = end === -1 ? n : end + 1;
        }
        else if (c === "'") {
            i++;
            while (i < n && source[i] !== "'")
                i += source[i] === '\\' ? 2 : 1;
            i++;
        }
        else if (IDENT_START.test(c)) {
            const start = i;
            while (i < n && IDENT_PART.test(source[i]))
                i++;
            tokens.push({ kind: 'ident', value: source.slice(start, i) });
        }
        else if (/[0-9]/.test(c)) {
            while (i < n && /[0-9A-Za-z_.]/.test(source[i]))
                i++;
        }
        else if (/\s/.test(c)) {
            i++;
        }
        else {
            tokens.push({ kind: 'punct', value: c });
            i++;
        }
    }
    return tokens;
}
const ESCAPES = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\\': '\\',
    '"': '"',
    "'": "'"
};
function readInterpreted(source, from) {
    let value = '';
    let i = from;
    while (i < source.length && source[i] !== '"' && source[i] !== '\n') {
        if (source[i] === '\\') {
            const next = source[i + 1] ?? '';
            value += ESCAPES[next] ?? next;
            i += 2;
        }
        else {
            value += source[i];
            i++;
        }
    }
    return { value, end: i + 1 };
}

;// CONCATENATED MODULE: ./src/go-source/go-facts.ts


// Functions whose first argument is a path the program reads at run time.
const OPENS_FIRST_ARGUMENT = new Set([
    'os.Open',
    'os.OpenFile',
    'os.ReadFile',
    'os.ReadDir',
    'os.Stat',
    'os.DirFS',
    'io/ioutil.ReadFile',
    'io/ioutil.ReadDir',
    'net/http.Dir'
]);
// Methods (or package functions) whose every string argument is a path or glob.
const OPENS_ALL_ARGUMENTS = new Set(['ParseFiles', 'ParseGlob']);
const TEMP_FUNCTIONS = new Set([
    'os.TempDir',
    'os.CreateTemp',
    'os.MkdirTemp',
    'io/ioutil.TempFile',
    'io/ioutil.TempDir'
]);
const JOIN_FUNCTIONS = new Set(['path/filepath.Join', 'path.Join']);
/** Reads imports, opened paths, time zone and temp-file use from one Go source file. */
function factsOfFile(source) {
    const tokens = goTokens(source);
    const imports = readImports(tokens);
    const packages = packageNames(imports);
    const facts = {
        imports: imports.map(i => i.path),
        openedPaths: [],
        loadsLocations: false,
        usesTempDir: false,
        cgoLibraries: imports.some(i => i.path === 'C') ? cgoLibraries(source) : []
    };
    const qualified = (at) => {
        const pkg = tokens[at];
        const dot = tokens[at + 1];
        const name = tokens[at + 2];
        if (pkg?.kind !== 'ident' || dot?.value !== '.' || name?.kind !== 'ident')
            return undefined;
        const path = packages.get(pkg.value);
        return path ? `${path}.${name.value}` : undefined;
    };
    for (let i = 0; i < tokens.length; i++) {
        const call = qualified(i);
        if (call === 'time.LoadLocation')
            facts.loadsLocations = true;
        if (call && TEMP_FUNCTIONS.has(call))
            facts.usesTempDir = true;
        const token = tokens[i];
        const opensAll = token.value === '.' &&
            tokens[i + 1]?.kind === 'ident' &&
            OPENS_ALL_ARGUMENTS.has(tokens[i + 1]?.value) &&
            tokens[i + 2]?.value === '(';
        if (opensAll) {
            facts.openedPaths.push(...callArguments(tokens, i + 3, qualified).filter(isDefined));
        }
        else if (call && OPENS_FIRST_ARGUMENT.has(call) && tokens[i + 3]?.value === '(') {
            const first = callArguments(tokens, i + 4, qualified)[0];
            if (first)
                facts.openedPaths.push(first);
        }
        else if (call === 'net/http.ServeFile' && tokens[i + 3]?.value === '(') {
            const third = callArguments(tokens, i + 4, qualified)[2];
            if (third)
                facts.openedPaths.push(third);
        }
    }
    return facts;
}
/** Combines the facts of every file into the planner's GoFacts. */
function combineFacts(files) {
    const unique = (values) => [...new Set(values)].sort();
    return {
        imports: unique(files.flatMap(f => f.imports)),
        usesCgo: files.some(f => f.imports.includes('C')),
        cgoModules: [],
        openedPaths: unique(files.flatMap(f => f.openedPaths)),
        loadsLocations: files.some(f => f.loadsLocations),
        usesTempDir: files.some(f => f.usesTempDir),
        cgoLibraries: unique(files.flatMap(f => f.cgoLibraries))
    };
}
function readImports(tokens) {
    const imports = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind !== 'ident' || token.value !== 'import')
            continue;
        if (tokens[i + 1]?.value === '(') {
            let j = i + 2;
            while (j < tokens.length && tokens[j]?.value !== ')') {
                const spec = readImportSpec(tokens, j);
                if (spec.spec)
                    imports.push(spec.spec);
                j = spec.next;
            }
            i = j;
        }
        else {
            const spec = readImportSpec(tokens, i + 1);
            if (spec.spec)
                imports.push(spec.spec);
            i = spec.next - 1;
        }
    }
    return imports;
}
function readImportSpec(tokens, at) {
    const first = tokens[at];
    const second = tokens[at + 1];
    if (first?.kind === 'string')
        return { spec: { path: first.value }, next: at + 1 };
    if ((first?.kind === 'ident' || first?.value === '.') && second?.kind === 'string') {
        return { spec: { name: first.value, path: second.value }, next: at + 2 };
    }
    return { next: at + 1 };
}
/** Local package name → import path; `_` and `.` imports cannot be called through a name. */
function packageNames(imports) {
    const names = new Map();
    for (const { name, path } of imports) {
        if (name === '_' || name === '.')
            continue;
        names.set(name ?? defaultPackageName(path), path);
    }
    return names;
}
function defaultPackageName(path) {
    const parts = path.split('/');
    const last = parts[parts.length - 1];
    if (/^v\d+$/.test(last) && parts.length > 1)
        return parts[parts.length - 2];
    return last.replace(/^go-/, '').replace(/[.-].*$/, '');
}
/**
 * The arguments of a call starting at `from` (just past its `(`), each as a string when it is a
 * literal or a filepath.Join of literals, else undefined.
 */
function callArguments(tokens, from, qualified) {
    const args = [];
    let depth = 0;
    let current = [];
    for (let i = from; i < tokens.length; i++) {
        const value = tokens[i]?.value;
        if (depth === 0 && (value === ',' || value === ')')) {
            args.push(literalArgument(tokens, current, qualified));
            current = [];
            if (value === ')')
                break;
            continue;
        }
        if (value === '(' || value === '[' || value === '{')
            depth++;
        if (value === ')' || value === ']' || value === '}')
            depth--;
        current.push(i);
    }
    return args;
}
function literalArgument(tokens, indexes, qualified) {
    const first = indexes[0];
    if (first === undefined)
        return undefined;
    if (indexes.length === 1) {
        const token = tokens[first];
        return token?.kind === 'string' ? token.value : undefined;
    }
    const call = qualified(first);
    if (call && JOIN_FUNCTIONS.has(call) && tokens[first + 3]?.value === '(') {
        const parts = callArguments(tokens, first + 4, qualified);
        if (parts.length > 0 && parts.every(isDefined))
            return external_node_path_namespaceObject.posix.join(...parts);
    }
    return undefined;
}
/** `-lNAME` libraries from `#cgo LDFLAGS:` lines in the cgo preamble. */
function cgoLibraries(source) {
    const libraries = [];
    for (const match of source.matchAll(/#cgo\b[^:\n]*LDFLAGS:([^\n]*)/g)) {
        for (const lib of (match[1] ?? '').matchAll(/(?:^|\s)-l(\S+)/g))
            libraries.push(lib[1]);
    }
    return libraries;
}
/** `templates/index.html` → `templates`; absolute paths and globs at the top give nothing. */
function relativeTopLevel(path) {
    const normalized = external_node_path_namespaceObject.posix.normalize(path);
    if (external_node_path_namespaceObject.posix.isAbsolute(normalized) || normalized.startsWith('..') || normalized === '.') {
        return undefined;
    }
    const top = normalized.split('/')[0];
    return /[*?[]/.test(top) ? undefined : top;
}
function isDefined(value) {
    return value !== undefined;
}

;// CONCATENATED MODULE: ./src/dockerfile/find/in-place.ts




function inPlaceSettings(finalStage, runtime, facts, binaries) {
    const addedAfterBuild = filesAddedAfterBuild(finalStage, runtime, binaries);
    const added = new Set(addedAfterBuild.flatMap(copy => copy.paths));
    const opened = facts.runtimeFiles ?? [
        ...new Set(facts.openedPaths.map(relativeTopLevel).filter((p) => !!p))
    ];
    return {
        workdir: finalStage.workdir,
        setsWorkdir: runtime.some(i => i.keyword === 'WORKDIR'),
        // A file the Dockerfile already adds after the build needs no second copy.
        runtimeFiles: opened.filter(file => !added.has(external_node_path_namespaceObject.posix.join(finalStage.workdir, file))),
        addedAfterBuild
    };
}
/**
 * The COPY and ADD lines a single-stage original runs after its last go build: files the image
 * ships (assets, configuration), not inputs of the build, which come before it.
 */
function filesAddedAfterBuild(finalStage, runtime, binaries) {
    const lastBuild = Math.max(...binaries.map(binary => binary.build?.instruction.endLine ?? -1));
    return runtime
        .filter(i => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.startLine > lastBuild)
        .map(instruction => {
        const operands = expandedCopyOperands(instruction);
        const destination = destinationOf(instruction, operands, finalStage);
        const paths = destination.isDirectory
            ? operands.slice(0, -1).map(source => external_node_path_namespaceObject.posix.join(destination.path, external_node_path_namespaceObject.posix.basename(source)))
            : [destination.path];
        return { instruction, paths };
    });
}

;// CONCATENATED MODULE: ./src/dockerfile/find/run-effects.ts




const HOUSEKEEPING = new Set(['true', ':', 'update-ca-certificates', 'chmod']);
/** The commands whose words the alternative writes again, so each word must be known. */
const SETS_UP = new Set(['mkdir', 'chown', 'adduser', 'useradd', 'addgroup', 'groupadd']);
/** Shell keywords that start a compound command, with what a warning calls them. */
const COMPOUND = new Map([
    ['for', 'for loop'],
    ['while', 'while loop'],
    ['until', 'until loop'],
    ['select', 'select loop'],
    ['if', 'condition (if)'],
    ['case', 'case statement'],
    ['function', 'shell function']
]);
const SEPARATOR_VALUES = new Set(['&&', '||', '|', ';', '&', '(', ')', '\n']);
/** The kind of the first loop or condition a RUN holds, if any. */
function compoundCommand(tokens) {
    let atStart = true;
    for (const token of tokens) {
        if (token.kind === 'operator') {
            atStart = SEPARATOR_VALUES.has(token.value);
            continue;
        }
        const kind = COMPOUND.get(token.raw);
        if (atStart && kind)
            return kind;
        if (atStart && token.raw.endsWith('()'))
            return 'shell function';
        atStart = ['!', 'then', 'do', 'else', '{'].includes(token.raw);
    }
    return undefined;
}
/**
 * The first expansion left after the Dockerfile's own ARG and ENV values were put in: `$NAME`,
 * `$(id -u)`, a backquote. A single-quoted `$` is a plain character and is kept as written.
 */
function runTimeExpansion(words, raw) {
    for (const [index, word] of raw.entries()) {
        if (!word.expands)
            continue;
        const found = /\$\([^)]*\)?|\$\{[^}]*\}?|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@*#?$!-]|`[^`]*`?/.exec(words[index] ?? '');
        if (found)
            return found[0];
    }
    return undefined;
}
const MAX_COMMAND = 120;
/** A command as a warning quotes it: one line, at most MAX_COMMAND characters. */
function shortened(command) {
    return command.length > MAX_COMMAND ? `${command.slice(0, MAX_COMMAND - 1)}…` : command;
}
/** Reads the RUN instructions of one stage for what they leave behind at run time. */
function runEffects(parsed, instructions) {
    let effects = {
        packages: [],
        users: [],
        groups: [],
        directories: [],
        unsupported: []
    };
    for (const instruction of instructions) {
        if (instruction.keyword !== 'RUN')
            continue;
        const line = instruction.startLine + 1;
        const tokens = tokenizeShell(argumentsOf(instruction), parsed.escape);
        const compound = compoundCommand(tokens);
        if (compound) {
            // What a loop or a condition makes depends on the shell running it: none of it is guessed.
            const command = shortened(argumentsOf(instruction).replace(/\s+/g, ' ').trim());
            const why = `a ${compound} needs a shell, which scratch lacks: add what it makes to the /rootfs RUN of the generated Dockerfile`;
            effects = { ...effects, unsupported: [...effects.unsupported, { command, line, why }] };
            continue;
        }
        for (const command of simpleCommands(tokens)) {
            if (command.words.length === 0)
                continue; // only assignments: nothing is left behind
            const words = command.words.map(word => expandVariables(word.value, instruction.variables));
            effects = withCommand(effects, words, command.words, line, instruction.workdir);
        }
    }
    return effects;
}
/** The effects so far, with those of one more command. */
function withCommand(effects, words, raw, line, workdir) {
    const [program = '', sub = ''] = words;
    const name = external_node_path_namespaceObject.posix.basename(program);
    const unknown = SETS_UP.has(name) ? runTimeExpansion(words, raw) : undefined;
    if (unknown) {
        const command = shortened(raw.map(word => word.raw).join(' '));
        const why = `${unknown} is known only to the shell that runs the build: write the value out, or add what it makes to the /rootfs RUN of the generated Dockerfile`;
        return { ...effects, unsupported: [...effects.unsupported, { command, line, why }] };
    }
    const operands = words.slice(1).filter(w => !w.startsWith('-'));
    if (['apk', 'apt-get', 'apt', 'yum', 'dnf', 'microdnf'].includes(name)) {
        if (!['add', 'install'].includes(sub))
            return effects;
        const installed = operands.slice(1).map(pkg => ({ name: pkg.split('=')[0], line }));
        return { ...effects, packages: [...effects.packages, ...installed] };
    }
    if (name === 'adduser' || name === 'useradd') {
        const user = { ...readUserCommand(name, words.slice(1)), line };
        return { ...effects, users: [...effects.users, user] };
    }
    if (name === 'addgroup' || name === 'groupadd') {
        const { options, positional } = readOptions(words.slice(1), ['-g', '--gid']);
        if (!positional[0])
            return effects;
        const group = { name: positional[0], gid: options.get('-g') ?? options.get('--gid') };
        return { ...effects, groups: [...effects.groups, group] };
    }
    if (name === 'mkdir') {
        const made = operands.map(path => ({ path: external_node_path_namespaceObject.posix.resolve(workdir, path), line }));
        return { ...effects, directories: [...effects.directories, ...made] };
    }
    if (name === 'chown') {
        const [owner, ...paths] = operands;
        return owner
            ? { ...effects, directories: chowned(effects.directories, owner, paths, workdir) }
            : effects;
    }
    if (name === 'rm' || HOUSEKEEPING.has(name))
        return effects;
    const unsupported = { command: shortened(raw.map(word => word.raw).join(' ')), line };
    return { ...effects, unsupported: [...effects.unsupported, unsupported] };
}
/** The directories with those a chown names (the first made at each path) handed to `owner`. */
function chowned(directories, owner, paths, workdir) {
    const targets = new Set(paths
        .map(path => directories.findIndex(d => d.path === external_node_path_namespaceObject.posix.resolve(workdir, path)))
        .filter(index => index !== -1));
    return directories.map((d, index) => (targets.has(index) ? { ...d, ownedBy: owner } : d));
}
/** BusyBox `adduser -u 10001 -D app`, Debian `adduser --uid 10001 app`, `useradd -u 10001 app`. */
function readUserCommand(program, args) {
    const valued = program === 'useradd'
        ? [
            '-u',
            '--uid',
            '-g',
            '--gid',
            '-G',
            '--groups',
            '-d',
            '--home-dir',
            '-s',
            '--shell',
            '-c',
            '--comment',
            '-k',
            '-K',
            '-e',
            '-f',
            '-p'
        ]
        : [
            '-u',
            '--uid',
            '-G',
            '--ingroup',
            '--gid',
            '-h',
            '--home',
            '-s',
            '--shell',
            '-g',
            '--gecos',
            '-k',
            '--firstuid',
            '--lastuid'
        ];
    const { options, positional } = readOptions(args, valued);
    const uid = options.get('-u') ?? options.get('--uid');
    // useradd -g and adduser -G/--ingroup/--gid name the primary group; BusyBox adduser's -g is
    // the GECOS field, not a group.
    const group = program === 'useradd'
        ? (options.get('-g') ?? options.get('--gid'))
        : (options.get('-G') ?? options.get('--ingroup') ?? options.get('--gid'));
    return { name: positional[0] ?? '', uid, group };
}
function readOptions(args, valued) {
    const options = new Map();
    const positional = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!arg.startsWith('-')) {
            positional.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        if (eq !== -1)
            options.set(arg.slice(0, eq), arg.slice(eq + 1));
        else if (valued.includes(arg))
            options.set(arg, args[++i] ?? '');
        else
            options.set(arg, 'true');
    }
    return { options, positional };
}
/**
 * What a multi-stage original's final stage sets up with RUN that the scratch image leaves out:
 * packages (CA certificates and tzdata are replaced by files), and commands it cannot run.
 */
function effectWarnings(effects) {
    const handled = new Set(['ca-certificates', 'tzdata']);
    const byLine = new Map();
    for (const pkg of effects.packages) {
        if (handled.has(pkg.name))
            continue;
        byLine.set(pkg.line, [...(byLine.get(pkg.line) ?? []), pkg.name]);
    }
    return [
        ...[...byLine].map(([line, names]) => ({
            line,
            message: `not in the alternative: ${names.join(', ')} (scratch has no package manager)`
        })),
        ...notCarriedOver(effects.unsupported)
    ];
}
/** One warning per RUN line: the commands scratch cannot run, and each that was left out for its own reason. */
function notCarriedOver(unsupported) {
    const byLine = new Map();
    for (const entry of unsupported)
        byLine.set(entry.line, [...(byLine.get(entry.line) ?? []), entry]);
    return [...byLine].flatMap(([line, entries]) => {
        const plain = entries.filter(entry => entry.why === undefined).map(e => `"${e.command}"`);
        return [
            ...(plain.length > 0
                ? [
                    {
                        line,
                        message: `not carried over: ${plain.join(', ')} (scratch has no shell to run ${plain.length > 1 ? 'them' : 'it'})`
                    }
                ]
                : []),
            ...entries
                .filter(entry => entry.why !== undefined)
                .map(entry => ({ line, message: `not carried over: ${entry.command} — ${entry.why}` }))
        ];
    });
}

;// CONCATENATED MODULE: ./src/dockerfile/read/passwd.ts
/** The users of an /etc/passwd; lines that are not of its form (comments, NIS `+`) are skipped. */
function readPasswd(text) {
    return fields(text, 7).flatMap(([name, , uid, gid, gecos, home]) => {
        const ids = [uid, gid].map(Number);
        if (!name || !ids.every(Number.isSafeInteger))
            return [];
        return [{ name, uid: ids[0], gid: ids[1], gecos: gecos ?? '', home: home ?? '' }];
    });
}
/** The groups of an /etc/group. */
function readGroups(text) {
    return fields(text, 4).flatMap(([name, , gid]) => {
        const id = Number(gid);
        return name && gid !== '' && Number.isSafeInteger(id) ? [{ name, gid: id }] : [];
    });
}
function fields(text, count) {
    return text
        .split('\n')
        .map(line => line.replace(/\r$/, '').split(':'))
        .filter(parts => parts.length === count && !parts[0].startsWith('#'));
}

;// CONCATENATED MODULE: ./src/dockerfile/find/runtime-user.ts
const KNOWN_USERS = new Map([
    ['nonroot', '65532'],
    ['nobody', '65534']
]);
const DEFAULT_UID = '65532';
const NO_HOME = '/nonexistent';
const NUMERIC = /^\d+$/;
const DISTROLESS_HOME = '/home/nonroot';
/** The user the alternative runs as: the original's, or the non-root default for a root one. */
function decideUser(evidence) {
    const { written, name, group, isRoot, setBy } = evidence.user;
    const passwd = evidence.passwd;
    const homeOf = (entry, uid) => {
        if (entry)
            return { path: entry.home, reason: "the runtime user's home in the original's /etc/passwd" };
        // Unread, distroless's /etc/passwd gives 65532 this home; a read one that lacks it gives none.
        if (!passwd && evidence.distroless && uid === DEFAULT_UID) {
            return {
                path: DISTROLESS_HOME,
                reason: "the runtime user's home by the distroless convention"
            };
        }
        return undefined;
    };
    // An image that says USER root in so many words is kept as it is; one that says nothing ran as
    // root only by default, and gets the non-root user.
    if (isRoot) {
        const home = homeOf(passwd?.find(entry => entry.uid === 0), '0');
        return {
            user: {
                ...identity('0', '0', 'root', home?.path ?? NO_HOME, 'root'),
                summary: 'runs as root: the original sets USER root explicitly',
                gap: null
            },
            original: { uid: 0, gid: 0, home }
        };
    }
    if (!written) {
        return {
            user: {
                ...identity(DEFAULT_UID, DEFAULT_UID, 'nonroot', NO_HOME, 'nonroot'),
                summary: `runs as ${DEFAULT_UID}:${DEFAULT_UID}: the original ran as root`,
                gap: `runs as root: add USER ${DEFAULT_UID}:${DEFAULT_UID}`
            },
            original: { uid: 0, gid: 0 }
        };
    }
    const groupId = (value) => {
        if (value === undefined)
            return undefined;
        if (NUMERIC.test(value))
            return value;
        const listed = evidence.groups?.find(g => g.name === value)?.gid;
        return listed !== undefined
            ? String(listed)
            : evidence.effects.groups.find(g => g.name === value)?.gid;
    };
    if (NUMERIC.test(name)) {
        const entry = passwd?.find(e => String(e.uid) === name);
        const gid = groupId(group) ?? (entry ? String(entry.gid) : name);
        const userName = entry?.name ?? (name === DEFAULT_UID ? 'nonroot' : 'app');
        const home = homeOf(entry, name);
        return {
            user: {
                ...identity(name, gid, userName, home?.path ?? NO_HOME, groupName(evidence, gid, userName)),
                summary: `runs as ${name}:${gid}, as the original did`,
                gap: null
            },
            original: { uid: Number(name), gid: Number(gid), home }
        };
    }
    const entry = passwd?.find(e => e.name === name);
    const created = evidence.effects.users.find(u => u.name === name);
    const uid = entry ? String(entry.uid) : (created?.uid ?? KNOWN_USERS.get(name));
    if (!uid) {
        const where = passwd ? "the original's /etc/passwd or the Dockerfile" : 'the Dockerfile';
        return {
            user: {
                ...identity(DEFAULT_UID, DEFAULT_UID, name, NO_HOME, name),
                summary: `runs as ${DEFAULT_UID}:${DEFAULT_UID}: the uid of "${name}" is not in ${where}`,
                gap: null
            },
            warning: {
                line: setBy ? setBy.startLine + 1 : (created?.line ?? 0),
                message: `cannot tell the uid of user "${name}": the alternative runs as ${DEFAULT_UID}; give adduser/useradd a -u UID to keep it`
            }
        };
    }
    const primary = entry && group === undefined ? String(entry.gid) : undefined;
    const gid = primary ?? groupId(group ?? created?.group ?? name) ?? uid;
    const source = entry
        ? `the uid of "${name}" in the original's /etc/passwd`
        : `the uid of "${name}" that the original created and ran as`;
    const home = homeOf(entry, uid);
    return {
        user: {
            ...identity(uid, gid, name, home?.path ?? NO_HOME, groupName(evidence, gid, name)),
            summary: `runs as ${uid}:${gid}, ${source}`,
            gap: null
        },
        original: { uid: Number(uid), gid: Number(gid), home }
    };
}
function identity(uid, gid, name, home, groupName) {
    return { uid, gid, name, home, groupName };
}
/** The original's name for the group, else the user's name, as the alternative always wrote. */
function groupName(evidence, gid, fallback) {
    return evidence.groups?.find(g => String(g.gid) === gid)?.name ?? fallback;
}

;// CONCATENATED MODULE: ./src/dockerfile/find/writable-directories.ts
/** Past this many, the rest are named in a warning rather than each made by hand. */
const MAX_KEPT_DIRECTORIES = 50;
const TMP_MODE = 0o1777;
const MKDIR_MODE = 0o755;
/**
 * The directories the program may write to in the original, to be made in the scratch image with
 * the same owner, group and mode: the runtime user's home, HOME, every VOLUME, whatever the
 * runtime user or group owns, what the image's own layers made world-writable, /tmp when the
 * program uses temporary files, and what its RUN lines made with mkdir. Without the original's
 * filesystem only the last two are known, and the result says so.
 */
function writableDirectories(evidence) {
    const kept = evidence.filesystem
        ? fromFilesystem(evidence, evidence.filesystem)
        : fromDockerfile(evidence);
    const sorted = [...kept.values()].sort(byPath);
    // Named ones (home, HOME, VOLUME, /tmp, mkdir) first, so only found ones give way to the limit.
    const safe = sorted
        .filter(d => !UNSAFE_PATH.test(d.path))
        .sort((a, b) => Number(onlyFound(a)) - Number(onlyFound(b)));
    const line = evidence.fromLine;
    const warnings = evidence.filesystem ? [] : [{ line, message: NOT_READ }];
    for (const d of sorted.filter(d => UNSAFE_PATH.test(d.path))) {
        warnings.push({
            line,
            message: `not made in the alternative: ${JSON.stringify(d.path)} has a control character in its name; create it yourself`
        });
    }
    if (safe.length > MAX_KEPT_DIRECTORIES) {
        const left = safe.slice(MAX_KEPT_DIRECTORIES);
        warnings.push({
            line,
            message: `${left.length} more directories the program may write to are not made in the alternative (${left
                .slice(0, 3)
                .map(d => d.path)
                .join(', ')}, …): copy them in with COPY --chown`
        });
    }
    return { directories: safe.slice(0, MAX_KEPT_DIRECTORIES).sort(byPath), warnings };
}
const OWNED = 'owned by the runtime user in the original';
const GROUP_OWNED = "owned by the runtime user's group in the original";
const WORLD_WRITABLE = 'world-writable in the original, made so by its own layers';
/** Kept only for its owner or mode, which a large tree has many of, not because something names it. */
function onlyFound(directory) {
    return directory.reasons.every(r => r === OWNED || r === GROUP_OWNED || r === WORLD_WRITABLE);
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
const NOT_READ = "the original's filesystem was not read: only the directories its mkdir lines name (and /tmp for temporary files) are made; check that the alternative has every directory the program writes to";
// A newline would end the RUN line; other control characters have no place in a Dockerfile.
// eslint-disable-next-line no-control-regex
const UNSAFE_PATH = /[\u0000-\u001f\u007f]/;
function fromFilesystem(evidence, filesystem) {
    const byPath = new Map(filesystem.directories.map(d => [d.path, d]));
    const kept = new Map();
    const keep = (directory, reason) => {
        const entry = kept.get(directory.path);
        if (entry)
            entry.reasons.push(reason);
        else {
            const { path, uid, gid, mode } = directory;
            kept.set(path, { path, uid, gid, mode, reasons: [reason], gap: null });
        }
    };
    const keepPath = (path, reason) => {
        const directory = byPath.get(path);
        if (directory)
            keep(directory, reason);
    };
    const original = evidence.decided?.original;
    if (original?.home)
        keepPath(original.home.path, original.home.reason);
    const home = evidence.env.get('HOME');
    if (home)
        keepPath(home, `HOME=${home} in the original`);
    for (const volume of evidence.volumes)
        keepPath(volume.path, `a VOLUME of the original (line ${volume.line})`);
    const copied = (path) => evidence.copiedPaths.some(p => path === p || path.startsWith(`${p}/`));
    for (const directory of filesystem.directories) {
        // What the final stage copies in, its own COPY makes again with the same owner.
        if (copied(directory.path))
            continue;
        if (original && original.uid !== 0 && directory.uid === original.uid) {
            keep(directory, OWNED);
        }
        else if (original && original.gid !== 0 && directory.gid === original.gid) {
            keep(directory, GROUP_OWNED);
        }
        // The base image's own /tmp, /var/tmp or /run/lock say nothing about this program.
        if (directory.mode & 0o002 && !directory.fromBase) {
            keep(directory, WORLD_WRITABLE);
        }
    }
    if (evidence.tmp) {
        const tmp = byPath.get('/tmp');
        if (tmp)
            keep(tmp, evidence.tmp);
        else
            kept.set('/tmp', tmpDirectory(evidence.tmp, `no /tmp, though ${evidence.tmp}`));
    }
    for (const made of evidence.made)
        keepPath(made.path, `the original made it with mkdir (line ${made.line})`);
    return kept;
}
/** Today's knowledge without the filesystem: /tmp from the source scan, mkdir and chown lines. */
function fromDockerfile(evidence) {
    const kept = new Map();
    const user = evidence.decided?.user;
    const home = evidence.decided?.original?.home;
    if (home && user) {
        // Distroless makes it 0700 for its nonroot user; nothing else is known without the layers.
        kept.set(home.path, {
            path: home.path,
            uid: Number(user.uid),
            gid: Number(user.gid),
            mode: 0o700,
            reasons: [home.reason],
            gap: null
        });
    }
    if (evidence.tmp)
        kept.set('/tmp', tmpDirectory(evidence.tmp, `no /tmp, though ${evidence.tmp}`));
    for (const made of evidence.made) {
        const owned = made.ownedBy !== undefined && user !== undefined;
        kept.set(made.path, {
            path: made.path,
            uid: owned ? Number(user.uid) : 0,
            gid: owned ? Number(user.gid) : 0,
            mode: MKDIR_MODE,
            reasons: [
                `the original made it with mkdir (line ${made.line})${owned ? ' and handed it to the runtime user with chown' : ''}`
            ],
            gap: null
        });
    }
    return kept;
}
function tmpDirectory(reason, gap) {
    return { path: '/tmp', uid: 0, gid: 0, mode: TMP_MODE, reasons: [reason], gap };
}

;// CONCATENATED MODULE: ./src/dockerfile/find/runtime-needs.ts





// Imports that make TLS connections, where the program would need a CA bundle to verify peers.
const TLS_IMPORTS = ['net/http', 'crypto/tls', 'crypto/x509', 'net/smtp'];
const TLS_IMPORT_PREFIXES = [
    'google.golang.org/grpc',
    'cloud.google.com/go',
    'github.com/aws/',
    'github.com/Azure/',
    'go.mongodb.org/',
    'github.com/jackc/pgx',
    'github.com/lib/pq',
    'github.com/go-sql-driver/mysql',
    'github.com/redis/',
    'github.com/nats-io/'
];
/** Decides what the scratch image must carry, from the sources and from the original image. */
function runtimeNeeds(evidence) {
    const { facts, effects } = evidence;
    const copies = (prefix) => evidence.copiedPaths.some(p => p.startsWith(prefix));
    const installed = (pkg) => effects.packages.find(p => p.name === pkg)?.line;
    const read = readBinaries(evidence.binaries);
    const { caBundle, zoneinfo } = read
        ? certificatesAndZonesOfBinaries(read, evidence, copies)
        : certificatesAndZonesOfSources(evidence, copies, installed);
    const tmp = facts.usesTempDir
        ? 'the program uses temporary files (os.CreateTemp, os.MkdirTemp or os.TempDir)'
        : undefined;
    const text = (path) => {
        const file = evidence.filesystem?.files.find(f => f.path === path);
        return file && 'text' in file ? file.text : undefined;
    };
    const passwd = text('/etc/passwd');
    const group = text('/etc/group');
    const decided = copies('/etc/passwd')
        ? undefined
        : decideUser({
            user: evidence.user,
            effects,
            passwd: passwd === undefined ? undefined : readPasswd(passwd),
            groups: group === undefined ? undefined : readGroups(group),
            distroless: evidence.distroless
        });
    const kept = writableDirectories({
        filesystem: evidence.filesystem,
        decided,
        env: evidence.env,
        volumes: evidence.volumes,
        tmp,
        made: effects.directories,
        copiedPaths: evidence.copiedPaths,
        fromLine: evidence.fromLine
    });
    const warnings = [...(decided?.warning ? [decided.warning] : []), ...kept.warnings];
    return {
        caBundle,
        zoneinfo,
        directories: kept.directories,
        user: decided?.user,
        warnings,
        decidedBy: read ? 'binary' : 'sources'
    };
}
/** The binaries, when every one was measured and its function table read; else undefined. */
function readBinaries(binaries) {
    if (!binaries || binaries.length === 0)
        return undefined;
    const read = binaries.filter((b) => b?.uses !== undefined);
    return read.length === binaries.length ? read : undefined;
}
/** The binary knows what it can reach; what the original installed beside it is no evidence. */
function certificatesAndZonesOfBinaries(read, evidence, copies) {
    const uses = (use) => read.find(binary => binary.uses?.includes(use));
    const tz = evidence.env.get('TZ');
    const roots = uses('system-roots');
    const zones = uses('load-location');
    const caBundle = roots && !uses('embedded-roots') && !copies('/etc/ssl')
        ? `${roots.path} loads the system CA bundle (crypto/x509, in its function table)`
        : undefined;
    let zoneinfo;
    if (!uses('embedded-tzdata') && !copies('/usr/share/zoneinfo')) {
        if (zones)
            zoneinfo = `${zones.path} loads time zones by name (time.LoadLocation, in its function table)`;
        else if (tz)
            zoneinfo = `the image sets TZ=${tz}`;
    }
    return { caBundle, zoneinfo };
}
/** Without the binaries, the sources' imports and what the original installed. */
function certificatesAndZonesOfSources(evidence, copies, installed) {
    const { facts } = evidence;
    const caLine = installed('ca-certificates');
    const caInstalled = caLine ? `the original installs ca-certificates (line ${caLine})` : undefined;
    const tlsImport = facts.imports.find(i => TLS_IMPORTS.includes(i)) ??
        facts.imports.find(i => TLS_IMPORT_PREFIXES.some(prefix => i.startsWith(prefix)));
    let caBundle;
    if (copies('/etc/ssl'))
        caBundle = undefined;
    else if (tlsImport) {
        caBundle = [`the program imports ${tlsImport}`, caInstalled].filter(Boolean).join(', and ');
    }
    else
        caBundle = caInstalled;
    const tzLine = installed('tzdata');
    const tz = evidence.env.get('TZ');
    let zoneinfo;
    if (facts.imports.includes('time/tzdata') || copies('/usr/share/zoneinfo'))
        zoneinfo = undefined;
    else if (facts.loadsLocations)
        zoneinfo = 'the program calls time.LoadLocation';
    else if (tz)
        zoneinfo = `the image sets TZ=${tz}`;
    else if (tzLine)
        zoneinfo = `the original installs tzdata (line ${tzLine})`;
    return { caBundle, zoneinfo };
}
/** Where the original final stage's own COPY/ADD lines put files (it may bring its own CA bundle). */
function copiedPaths(instructions, binaries) {
    return instructions
        .filter(i => (i.keyword === 'COPY' || i.keyword === 'ADD') && !binaries.some(b => b.copy === i))
        .map(i => external_node_path_namespaceObject.posix.resolve(i.workdir, expandedCopyOperands(i).at(-1) ?? '.'));
}

;// CONCATENATED MODULE: ./src/dockerfile/find/shipped-program.ts



/**
 * Follows the final stage's ENTRYPOINT (or CMD) back to the file it runs: through the COPY
 * --from that brought it, to its path in the build stage. Without ENTRYPOINT or CMD, the one
 * file copied from another stage. Undefined when the image does not say.
 */
function programSource(parsed, finalStage, command) {
    const program = command.program;
    const copies = finalStage.instructions.filter(i => copySource(parsed, i)).reverse();
    if (program === undefined) {
        const only = copies.length === 1 ? copies[0] : undefined;
        const operands = only ? expandedCopyOperands(only) : [];
        if (!only || operands.length !== 2)
            return undefined;
        return {
            stage: copySource(parsed, only),
            path: external_node_path_namespaceObject.posix.resolve('/', operands[0])
        };
    }
    const wanted = program.includes('/') ? external_node_path_namespaceObject.posix.resolve(finalStage.workdir, program) : program;
    for (const copy of copies) {
        const found = copiedFrom(copy, finalStage, wanted);
        if (found)
            return { stage: copySource(parsed, copy), path: found };
    }
    // A single-stage image runs what it built in place, at the path it names.
    return wanted.startsWith('/') ? { stage: finalStage, path: wanted } : undefined;
}
/**
 * The source path (in the copied-from stage) of the file this COPY puts at `wanted`: an absolute
 * path, or a bare name found on PATH.
 */
function copiedFrom(copy, finalStage, wanted) {
    const operands = expandedCopyOperands(copy);
    const sources = operands.slice(0, -1);
    const destination = destinationOf(copy, operands, finalStage);
    const byPath = wanted.startsWith('/');
    for (const raw of sources) {
        const source = external_node_path_namespaceObject.posix.resolve('/', raw);
        if (raw.endsWith('/') || raw === '.') {
            // A directory copy: the program is somewhere inside it.
            const inside = byPath && wanted.startsWith(`${destination.path}/`);
            if (inside)
                return external_node_path_namespaceObject.posix.join(source, wanted.slice(destination.path.length + 1));
            continue;
        }
        const target = destination.isDirectory || sources.length > 1
            ? external_node_path_namespaceObject.posix.join(destination.path, external_node_path_namespaceObject.posix.basename(source))
            : destination.path;
        if (byPath ? target === wanted : external_node_path_namespaceObject.posix.basename(target) === wanted)
            return source;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/dockerfile/read/image-command.ts




/** Reads the command of the image whose instructions (its whole stage chain) these are. */
function imageCommand(instructions, escape) {
    const read = (keyword) => {
        const instruction = lastInstruction(instructions, keyword);
        return instruction && { instruction, line: readCommandLine(argumentsOf(instruction), escape) };
    };
    const entrypoint = read('ENTRYPOINT');
    const cmd = read('CMD');
    return { entrypoint, cmd, program: programWord([entrypoint, cmd], escape) };
}
/** An empty exec form (`ENTRYPOINT []`) names no program, so the CMD's first word counts. */
function programWord(commands, escape) {
    for (const command of commands) {
        if (!command)
            continue;
        const { instruction, line } = command;
        if (line.form === 'exec') {
            if (line.argv[0])
                return line.argv[0];
            continue;
        }
        const words = simpleCommands(tokenizeShell(line.text, escape))[0]?.words ?? [];
        const first = words[0]?.value === 'exec' ? words[1] : words[0];
        return first && expandVariables(first.value, instruction.variables);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/dockerfile/read/volumes.ts




/** The paths the VOLUME instructions declare: `VOLUME /data /logs` or `VOLUME ["/data"]`. */
function volumesOf(instructions) {
    return instructions
        .filter(instruction => instruction.keyword === 'VOLUME')
        .flatMap(instruction => {
        const text = argumentsOf(instruction).trim();
        const paths = parseJsonArray(text) ?? text.split(/\s+/).filter(Boolean);
        return paths.map(path => ({
            path: external_node_path_namespaceObject.posix.resolve(instruction.workdir, expandVariables(path, instruction.variables)),
            line: instruction.startLine + 1
        }));
    });
}

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __nccwpck_require__(6591);
;// CONCATENATED MODULE: ./src/dockerfile/read/shell-quoting.ts

// The other way round from shell-words.ts: a word written so the shell reads it back exactly as
// it was, with no expansion. Plain words stay as they are, so a generated line reads like one a
// person would write.
const shell_quoting_PLAIN_WORD = /^[A-Za-z0-9_./=:,@%+-]+$/;
/** WORD as one shell word that means exactly WORD. */
function shellWord(word) {
    return shell_quoting_PLAIN_WORD.test(word) ? word : (0,shell_quote.quote)([word]);
}

;// CONCATENATED MODULE: ./src/dockerfile/write/ldflags.ts


const CONTINUATION = /\\\r?\n(?:[ \t]*#[^\n]*\n)*/g;
const PLACEHOLDER = /\0(\d+)\0/;
// Words the shell reads as themselves, left unquoted (shell-quote would escape the commas).
const SAFE_BARE = /^[A-Za-z0-9_./=:,@%+-]+$/;
/**
 * Reads one shell word (or the part after `-name=`) into a FlagValue, with shell-quote's parser;
 * null for what cannot be written back safely: a command substitution, a glob, an operator.
 */
function readFlagValue(raw) {
    const joined = raw.replace(CONTINUATION, '');
    if (/\$\(|`/.test(joined))
        return null;
    const variables = [];
    let text = '';
    for (const entry of (0,shell_quote.parse)(joined, name => ({ variable: name }))) {
        if (typeof entry === 'string')
            text += entry;
        else if ('variable' in entry && typeof entry.variable === 'string') {
            text += `\0${variables.length}\0`;
            variables.push(entry.variable);
        }
        else
            return null;
    }
    const quote = /["']/.exec(joined)?.[0];
    return { text, variables, quote: quote ?? '' };
}
/**
 * Writes a FlagValue's text back as one shell word. Without variables, in the user's double
 * quotes or as shell-quote quotes it; with variables, in double quotes with `${NAME}` for each and
 * every other `$`, `"`, `\\` and backquote escaped.
 */
function writeFlagValue(value, quoteChar) {
    if (value.variables.length === 0 && quoteChar !== '"') {
        return SAFE_BARE.test(value.text) ? value.text : (0,shell_quote.quote)([value.text]);
    }
    const parts = value.text.split(PLACEHOLDER);
    const body = parts
        .map((part, i) => {
        if (i % 2 === 0)
            return part.replace(/[\\"$`]/g, '\\$&');
        const name = value.variables[Number(part)];
        // `$NAME` as most people write it, unless a name character follows or it is `${…:-…}`.
        const braced = !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z0-9_]/.test(parts[i + 1] ?? '');
        return braced ? `\${${name}}` : `$${name}`;
    })
        .join('');
    return `"${body}"`;
}
/** Splits linker flags the way cmd/go does: on spaces, keeping quoted groups whole. */
function splitFlagList(text) {
    const parts = [];
    const pattern = /(?:[^\s'"]+|'[^']*'|"[^"]*")+/g;
    for (const match of text.matchAll(pattern))
        parts.push(match[0]);
    return parts;
}
const STRIP_FLAGS = new Set(['-s', '-w', '-s=true', '-w=true', '-s=1', '-w=1']);
/**
 * Puts `-s -w` first and keeps every other linker flag of the user's in order.
 * `extra` flags, each written `-name=value` (e.g. `-linkmode=external` for a static cgo link),
 * are appended unless the user already sets that flag.
 */
function mergeLinkerFlags(existing, extra = []) {
    const kept = splitFlagList(existing).filter(flag => !STRIP_FLAGS.has(flag));
    const names = new Set(kept.map(flag => flag.split('=')[0]));
    const added = extra.filter(flag => !names.has(flag.split('=')[0]));
    return ['-s', '-w', ...kept, ...added].join(' ');
}
/** True when linker flags already strip symbols and DWARF. */
function alreadyStripped(existing) {
    const flags = splitFlagList(existing);
    return flags.some(f => f.startsWith('-s')) && flags.some(f => f.startsWith('-w'));
}
/** Adds build tags to a `-tags` value, comma-separated unless it is the old space-separated form. */
function mergeTags(existing, extra) {
    const separator = existing.trim().includes(' ') ? ' ' : ',';
    const tags = existing.split(/[\s,]+/).filter(Boolean);
    const missing = extra.filter(tag => !tags.includes(tag));
    return [...tags, ...missing].join(separator);
}
/**
 * Wraps text for the shell in the given quote. Double quotes keep `$VAR` expanding (a path or a
 * flag that names a build variable) and escape every other character the shell would read in them;
 * without a `$`, a word needing quotes is single-quoted, so it means exactly what it says.
 */
function quote(text, quoteChar = '"') {
    if (quoteChar === '')
        return text.includes('$') ? quote(text, '"') : shellWord(text);
    if (quoteChar === "'")
        return text.includes("'") ? shellWord(text) : `'${text}'`;
    return `"${text.replace(/[\\"`]/g, '\\$&')}"`;
}

;// CONCATENATED MODULE: ./src/dockerfile/write/rewrite-build.ts

const STATIC_CGO_LDFLAGS = ['-linkmode=external', '-extldflags=-static'];
// The pure-Go resolver and user lookup keep a static glibc binary from needing NSS at run time.
const STATIC_CGO_TAGS = ['netgo', 'osusergo'];
/** Rewrites every go command of one RUN instruction; `text` is that instruction's full text. */
function rewriteGoBuilds(text, builds, mode) {
    const edits = [];
    const notes = builds.map(build => {
        const { edits: buildEdits, notes } = planEdits(build, mode);
        edits.push(...buildEdits.map(e => ({ ...e, start: e.start + build.offset, end: e.end + build.offset })));
        return notes;
    });
    let result = text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    }
    return { text: result, notes };
}
function planEdits(build, mode) {
    const edits = [];
    const inserted = [];
    const flag = (name) => build.flags.find(f => f.name === name);
    const notes = {
        cgoDisabled: false,
        trimpathAdded: false,
        ldflags: 'kept'
    };
    if (mode === 'pure-go') {
        const assignment = [...build.command.assignments, ...build.command.words].find(word => word.start < build.goWord.start && word.value.startsWith('CGO_ENABLED='));
        const current = build.env.get('CGO_ENABLED');
        if (assignment && assignment.value !== 'CGO_ENABLED=0') {
            edits.push({ start: assignment.start, end: assignment.end, text: 'CGO_ENABLED=0' });
            notes.cgoDisabled = true;
        }
        else if (!assignment && current !== '0') {
            edits.push({ start: build.goWord.start, end: build.goWord.start, text: 'CGO_ENABLED=0 ' });
            notes.cgoDisabled = true;
        }
        if (notes.cgoDisabled && current !== undefined)
            notes.cgoOverridden = current;
    }
    if (!flag('trimpath')) {
        inserted.push('-trimpath');
        notes.trimpathAdded = true;
    }
    const extraLdflags = mode === 'static-cgo' ? STATIC_CGO_LDFLAGS : [];
    const ldflags = flag('ldflags');
    if (ldflags) {
        const current = flagText(ldflags);
        if (!current)
            notes.ldflags = 'unreadable';
        else {
            const merged = { ...current, text: mergeLinkerFlags(current.text, extraLdflags) };
            const unchanged = alreadyStripped(current.text) && extraLdflags.length === 0;
            if (!unchanged) {
                edits.push(replaceFlag(ldflags, writeFlagValue(merged, current.quote)));
                notes.ldflags = 'merged';
            }
        }
    }
    else {
        const fromGoflags = /(?:^|\s)-ldflags=(\S+)/.exec(build.env.get('GOFLAGS') ?? '')?.[1];
        inserted.push(`-ldflags=${quote(mergeLinkerFlags(fromGoflags ?? '', extraLdflags))}`);
        notes.ldflags = fromGoflags ? 'merged' : 'added';
    }
    if (mode === 'static-cgo') {
        const tags = flag('tags');
        const current = tags ? flagText(tags) : null;
        if (tags && current) {
            const merged = { ...current, text: mergeTags(current.text, STATIC_CGO_TAGS) };
            if (merged.text !== current.text) {
                edits.push(replaceFlag(tags, writeFlagValue(merged, current.quote)));
            }
        }
        else if (!tags) {
            inserted.push(`-tags=${STATIC_CGO_TAGS.join(',')}`);
        }
    }
    if (build.verb === 'build' && build.output) {
        const o = flag('o');
        const wanted = build.outputIsDirectory ? `${build.output}/` : build.output;
        if (!o) {
            inserted.push(`-o ${quote(wanted, '')}`);
            notes.output = build.output;
        }
        else if (!o.value.startsWith('/') && !o.value.startsWith('$')) {
            edits.push(replaceFlag(o, quote(wanted, '')));
            notes.output = build.output;
        }
    }
    if (inserted.length > 0) {
        edits.push({
            start: build.verbWord.end,
            end: build.verbWord.end,
            text: ` ${inserted.join(' ')}`
        });
    }
    return { edits, notes };
}
/**
 * The value of a flag as cmd/go gets it (`-name value`, `-name=value`, or the whole word quoted),
 * or null when it holds what cannot be written back (a command substitution).
 */
function flagText(flag) {
    const [first, second] = flag.words;
    if (second)
        return readFlagValue(second.raw);
    if (!first)
        return null;
    const whole = readFlagValue(first.raw);
    if (!whole)
        return null;
    return { ...whole, text: whole.text.slice(whole.text.indexOf('=') + 1) };
}
/** Replaces a flag's value, keeping the user's `-name value` or `-name=value` spelling. */
function replaceFlag(flag, quotedValue) {
    const [first, second] = flag.words;
    if (second)
        return { start: second.start, end: second.end, text: quotedValue };
    const dash = first.value.startsWith('--') ? '--' : '-';
    return { start: first.start, end: first.end, text: `${dash}${flag.name}=${quotedValue}` };
}

;// CONCATENATED MODULE: ./src/dockerfile/write/added-build.ts





// A package path or directory, nothing the shell would read as more than one plain word.
const PACKAGE_PATTERN = /^[A-Za-z0-9_./@+][A-Za-z0-9_./@+-]*$/;
/**
 * The go build of `goPackage` that rebuilds the binary the final image runs (`source`, undefined
 * when the image does not say which it is), placed after the last hidden build of the stage it
 * comes from; or why it cannot be placed.
 */
function addGoBuild(parsed, source, hiddenBuilds, goPackage, modulePath) {
    if (!PACKAGE_PATTERN.test(goPackage)) {
        return {
            reason: `go-package "${goPackage}" is not a package path: name the main package's directory, e.g. ./cmd/server`
        };
    }
    if (!source) {
        return {
            reason: `go-package is ${goPackage}, but the file the final image runs cannot be told: give the final stage an ENTRYPOINT with the binary's absolute path, COPY --from the build stage`
        };
    }
    const hidden = hiddenBuilds.filter(h => buildsOn(source.stage, h.stage)).at(-1);
    if (!hidden) {
        return {
            reason: `go-package is ${goPackage}, but ${source.path} comes from a stage with no make, build tool or script to follow (line ${source.stage.fromLine + 1}); call go build there`
        };
    }
    const text = `go build -o ${quote(source.path, '')} ${goPackage}`;
    const at = { stage: hidden.stage, instruction: hidden.instruction, offset: 0 };
    const build = goBuildsInShell(text, parsed.escape, at, modulePath)[0];
    const line = hidden.instruction.startLine + 1;
    return {
        build,
        hidden,
        text,
        change: {
            summary: `go build ${goPackage} added after RUN ${hidden.command} (line ${line}): go-package names the main package, and its static binary replaces ${source.path}`,
            gap: null
        }
    };
}
/** The RUN line of the added go build, made static for `mode`, right after the hidden build. */
function addedBuildInsert(added, mode) {
    const rewritten = rewriteGoBuilds(added.text, [added.build], mode);
    // The secrets, ssh agent and caches the hidden build mounts are what this build needs too.
    const mounts = mountFlagsOf(added.hidden.instruction.node).map(flag => `${flag} `);
    return {
        insert: {
            after: added.hidden.instruction.endLine,
            lines: [`RUN ${mounts.join('')}${rewritten.text}`]
        },
        notes: rewritten.notes[0]
    };
}

;// CONCATENATED MODULE: ./src/dockerfile/image-facts.ts


















/**
 * The image's facts, or why there is nothing to plan (no such stage, no Go program), or why
 * scratch cannot run a Go program the image does ship. The binaries come, in this order, from a
 * go build the Dockerfile shows; from a go build of the go-package input after a hidden build;
 * from the Go executables the measurement found in the image, traced to the COPY that brought them.
 */
function findImageFacts(input) {
    const parsed = parseDockerfile(input.dockerfile, input.buildArgs);
    const finalStage = targetStage(parsed, input.target);
    if (!finalStage)
        return { reason: noSuchTarget(parsed, input.target) };
    const needed = stagesNeededBy(parsed, finalStage);
    const chain = stageChain(finalStage);
    const runtime = chain.flatMap(stage => stage.instructions);
    const command = imageCommand(runtime, parsed.escape);
    const found = findGoBuilds(parsed, needed, input.go.modulePath);
    const hidden = findHiddenBuilds(parsed, needed);
    const visible = linkBinaries(parsed, finalStage, found);
    const fromSource = visible.binaries.length > 0 ? visible : undefined;
    const added = !fromSource && input.goPackage && hidden[0]
        ? addGoBuild(parsed, programSource(parsed, finalStage, command), hidden, input.goPackage, input.go.modulePath)
        : undefined;
    if (added && 'reason' in added)
        return added;
    const builds = added ? [...found, added.build] : found;
    const links = added ? linkBinaries(parsed, finalStage, builds) : visible;
    let [first, ...others] = links.binaries;
    let imageBuild;
    if (!first) {
        const fromImage = binariesFromImage(parsed, finalStage, runtime, hidden, input);
        if ('reason' in fromImage || 'blockers' in fromImage)
            return fromImage;
        [first, ...others] = fromImage.copied;
        imageBuild = fromImage.decision;
    }
    if (!first)
        return { reason: noProgramReason(parsed, finalStage, found, hidden) };
    const binaries = [first, ...others].map(binary => binary.image ? binary : { ...binary, image: measured(input.shipped, binary) });
    const inPlace = first.fromStage === finalStage && !imageBuild;
    const shippedBuilds = [
        ...new Set(binaries.flatMap(binary => (binary.build ? [binary.build] : [])))
    ];
    const link = decideLinkMode(input.go, shippedBuilds);
    const commands = planCommands(runtime, command, binaries, parsed.escape);
    const effects = runEffects(parsed, runtime);
    const user = readUser(finalStage.user, lastInstruction(runtime, 'USER'));
    const needs = runtimeNeeds({
        facts: input.go,
        // In a single-stage image the RUN lines build the program; only users and packages count.
        effects: inPlace ? { ...effects, directories: [], unsupported: [] } : effects,
        env: finalStage.variables,
        user,
        copiedPaths: inPlace ? [] : copiedPaths(runtime, binaries),
        volumes: volumesOf(runtime),
        filesystem: input.filesystem,
        distroless: isDistroless(chain[0].image),
        fromLine: finalStage.fromLine + 1,
        binaries: binaries.map(binary => binary.image)
    });
    return {
        parsed,
        finalStage,
        chain,
        runtime,
        needed,
        builds,
        added: added ?? undefined,
        binaries,
        shippedBuilds,
        inPlace,
        link,
        commands,
        effects,
        user,
        needs,
        blockers: [...link.blockers, ...commands.blockers],
        inPlaceSettings: inPlace ? inPlaceSettings(finalStage, runtime, input.go, binaries) : undefined,
        binaryWarnings: links.warnings,
        imageBuild
    };
}
/**
 * The Go executables the final stage copies in from a hidden build, and what to do with them;
 * or why there are none, or why scratch cannot run them.
 */
function binariesFromImage(parsed, finalStage, runtime, hidden, input) {
    if (!input.shipped)
        return { copied: [], decision: decideImageBuild(input.go, [], hidden) };
    if (input.shipped.length === 0)
        return { reason: NO_GO_EXECUTABLE };
    const { copied, uncopied } = copied_binaries_copiedBinaries(parsed, finalStage, runtime, input.shipped);
    const made = uncopied.map(binary => ({
        line: finalStage.fromLine + 1,
        message: `${binary.path} is a Go program that a RUN of the final stage makes: the alternative can only copy a program a build stage made; build it in a stage of its own and COPY --from that stage`,
        nearest: binary.static ? DISTROLESS_STATIC : DISTROLESS_BASE
    }));
    if (copied.length === 0)
        return { blockers: made };
    const decision = decideImageBuild(input.go, copied, hidden);
    if (decision.blockers.length > 0 || made.length > 0) {
        return { blockers: [...decision.blockers, ...made] };
    }
    return { copied, decision };
}
/** The measured copy of a binary the Dockerfile builds, found by where it lands in the image. */
function measured(shipped, binary) {
    return shipped?.find(image => image.path === binary.target);
}
function noProgramReason(parsed, finalStage, found, hidden) {
    if (found.some(build => !build.isToolInstall)) {
        return `the final stage (line ${finalStage.fromLine + 1}) copies no file a go build writes; build with -o /out/NAME and COPY --from that path`;
    }
    return hidden[0] ? hiddenBuildReason(hidden[0]) : NO_GO_BUILD;
}
function noSuchTarget(parsed, target) {
    if (parsed.stages.length === 0)
        return 'the Dockerfile has no FROM instruction';
    const names = parsed.stages.map(s => s.name ?? String(s.index)).join(', ');
    return `target "${target}" is not a stage of the Dockerfile (stages: ${names})`;
}
const NO_GO_EXECUTABLE = 'the image ships no Go program: no file its own layers add is a Go executable (a prebuilt program that is not Go, or scripts only)';
const NO_GO_BUILD = 'no RUN in the stages of the final image calls go build or go install (a binary copied in prebuilt cannot be rebuilt static)';

;// CONCATENATED MODULE: ./src/dockerfile/write/planned-change.ts
/** The gaps of an already-minimal original, in the order of its changes. */
function gapsOf(changes) {
    return changes.flatMap(c => (c.gap === null ? [] : [c.gap ?? c.summary]));
}

;// CONCATENATED MODULE: ./src/dockerfile/write/render.ts
/**
 * The alternative Dockerfile: the original's lines up to `keepThrough` with the given edits
 * (its build stages, byte for byte where nothing changed), then the scratch stage.
 */
function renderDockerfile(original, rewrite) {
    const { keepThrough, edits, inserts, scratchStage } = rewrite;
    const out = [];
    for (let line = 0; line <= keepThrough && line < original.length; line++) {
        const edit = edits.find(e => e.start <= line && line <= e.end);
        if (edit) {
            if (line === edit.start)
                out.push(...edit.lines);
        }
        else
            out.push(original[line]);
        const editEnd = edit ? edit.end : line;
        if (line === editEnd) {
            for (const insert of inserts)
                if (insert.after === line)
                    out.push(...insert.lines);
        }
    }
    while (out.length > 0 && out[out.length - 1].trim() === '')
        out.pop();
    return `${[...out, '', ...scratchStage].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/dockerfile/write/exec-form.ts


/** An exec-form array as people write it in a Dockerfile: `["/app", "--port", "8080"]`. */
function formatExecForm(argv) {
    return `[${argv.map(arg => JSON.stringify(arg)).join(', ')}]`;
}
/**
 * The argv of a shell line holding one command; `NAME=value` prefixes become an `env` in front,
 * which sets them without a shell. It turns a rewritten exec-form RUN back into exec form.
 */
function shellAsExecForm(text) {
    const [command] = simpleCommands(tokenizeShell(text, '\\'));
    if (!command)
        return [];
    const env = command.assignments.map(word => word.value);
    const words = command.words.map(word => word.value);
    return env.length > 0 && words[0] !== 'env' ? ['env', ...env, ...words] : [...env, ...words];
}
/**
 * The new text of a CMD, ENTRYPOINT or HEALTHCHECK the command plan rewrites, null when it is
 * left out, undefined when it stays as written.
 */
function rewrittenCommand(commands, instruction) {
    const argv = commands.rewrites.get(instruction);
    if (!argv)
        return argv;
    if (instruction.keyword !== 'HEALTHCHECK') {
        return `${instruction.keyword} ${formatExecForm(argv)}`;
    }
    const flags = flagsOf(instruction.node).map(flag => flag.toString());
    return ['HEALTHCHECK', ...flags, 'CMD', formatExecForm(argv)].join(' ');
}

;// CONCATENATED MODULE: ./src/dockerfile/write/in-place-stage.ts




/** Single-stage original: carry its run-time settings over, in a fixed readable order. */
function inPlaceBody(input, inPlace) {
    const runtime = input.runtime;
    const pick = (keywords) => runtime.filter(i => keywords.includes(i.keyword));
    const text = (i) => {
        const replacement = rewrittenCommand(input.commands, i);
        return replacement === undefined ? instructionText(input.parsed, i).trim() : (replacement ?? '');
    };
    const envLines = pick(['ENV'])
        .map(env => runtimeEnv(input.parsed, env))
        .filter(Boolean);
    const labels = pick(['LABEL', 'MAINTAINER']).map(text);
    const used = new Set([...envLines, ...labels].flatMap(referencedVariables));
    const args = pick(['ARG'])
        .filter(arg => argDeclarations(arg.node).some(([name]) => used.has(name)))
        .map(text);
    const lines = [...args, ...labels, ...envLines];
    const { runtimeFiles, addedAfterBuild } = inPlace;
    if (inPlace.setsWorkdir || runtimeFiles.length > 0 || addedAfterBuild.length > 0)
        lines.push(`WORKDIR ${inPlace.workdir}`);
    for (const file of runtimeFiles) {
        const path = external_node_path_namespaceObject.posix.join(inPlace.workdir, file);
        lines.push(`COPY --from=${input.copyStage} ${path} ${path}`);
    }
    const changes = [];
    if (runtimeFiles.length > 0) {
        changes.push({
            summary: `run-time files copied: ${runtimeFiles.join(', ')} (the program opens them by relative path)`
        });
    }
    for (const binary of input.binaries) {
        const source = binary.isDirectory ? `${binary.source}/` : binary.source;
        lines.push(`COPY --from=${input.copyStage} ${source} ${source}`);
    }
    const carried = carriedCopies(input.parsed, inPlace);
    lines.push(...carried.lines);
    changes.push(...carried.changes);
    lines.push(...pick(['EXPOSE', 'VOLUME', 'STOPSIGNAL']).map(text));
    lines.push(...pick(['HEALTHCHECK', 'ENTRYPOINT', 'CMD']).map(text).filter(Boolean));
    return { lines, changes, warnings: [] };
}
/** An ENV line without the Go toolchain's settings, which mean nothing to the built binary. */
function runtimeEnv(parsed, env) {
    const kept = env.node
        .getProperties()
        .filter(p => !/^(GO|CGO_)/.test(p.getName()) && p.getName() !== 'PATH')
        .map(p => {
        const { start, end } = p.getRange();
        const span = parsed.lines.slice(start.line, end.line + 1);
        span[span.length - 1] = (span[span.length - 1] ?? '').slice(0, end.character);
        span[0] = (span[0] ?? '').slice(start.character);
        return span.join('\n');
    });
    return kept.length > 0 ? `ENV ${kept.join(' ')}` : '';
}
/** Those lines again, as they were: from the same build context, in the same WORKDIR. */
function carriedCopies(parsed, inPlace) {
    const added = inPlace.addedAfterBuild;
    const lines = [];
    let workdir = inPlace.workdir;
    for (const { instruction } of added) {
        if (instruction.workdir !== workdir)
            lines.push(`WORKDIR ${(workdir = instruction.workdir)}`);
        lines.push(instructionText(parsed, instruction).trim());
    }
    if (workdir !== inPlace.workdir)
        lines.push(`WORKDIR ${inPlace.workdir}`);
    if (added.length === 0)
        return { lines, changes: [] };
    const lineNumbers = added.map(({ instruction }) => instruction.startLine + 1);
    const where = `line${lineNumbers.length > 1 ? 's' : ''} ${lineNumbers.join(', ')}`;
    const paths = added.flatMap(copy => copy.paths).join(', ');
    return {
        lines,
        changes: [
            { summary: `files added after the build copied in as the original did (${where}): ${paths}` }
        ]
    };
}

;// CONCATENATED MODULE: ./src/dockerfile/write/rootfs.ts

/** Where the build stage assembles files for the scratch stage, which has no shell to make them. */
const ROOTFS = '/rootfs';
/** What mkdir -p makes under the build's umask of 022. */
const rootfs_MKDIR_MODE = 0o755;
/**
 * The RUN appended to the build stage that writes /etc/passwd and the directories the program
 * may write to, so that one `COPY --from=build /rootfs/ /` keeps their owners and modes (a COPY of
 * a directory alone would land as root-owned 0755). Every path is quoted for the shell: a
 * directory named `/tmp/$(touch /x)` is made as written, and runs nothing.
 */
function rootfsRun(needs, escape) {
    const user = needs.user;
    const inRootfs = (path) => shellWord(`${ROOTFS}${path}`);
    const make = [
        ...(user ? [`${ROOTFS}/etc`] : []),
        ...needs.directories.map(d => `${ROOTFS}${d.path}`)
    ];
    if (make.length === 0)
        return undefined;
    const steps = [`mkdir -p ${make.map(path => shellWord(path)).join(' ')}`];
    // chown before chmod: chown may clear the setgid bit that chmod sets.
    for (const [owner, paths] of rootfs_groupBy(needs.directories, d => `${d.uid}:${d.gid}`)) {
        if (owner !== '0:0')
            steps.push(`chown ${owner} ${paths.map(inRootfs).join(' ')}`);
    }
    for (const [mode, paths] of rootfs_groupBy(needs.directories, d => octal(d.mode))) {
        if (mode !== octal(rootfs_MKDIR_MODE))
            steps.push(`chmod ${mode} ${paths.map(inRootfs).join(' ')}`);
    }
    if (user) {
        const passwd = `${user.name}:x:${user.uid}:${user.gid}:${user.name}:${user.home}:/sbin/nologin`;
        steps.push(`echo ${shellWord(passwd)} > ${ROOTFS}/etc/passwd`, `echo ${shellWord(`${user.groupName}:x:${user.gid}:`)} > ${ROOTFS}/etc/group`);
    }
    const [first, ...rest] = steps;
    return [
        '# Files for the scratch stage, which has no shell to create them.',
        `RUN ${first}${rest.length ? ` ${escape}` : ''}`,
        ...rest.map((step, i) => ` && ${step}${i < rest.length - 1 ? ` ${escape}` : ''}`)
    ];
}
/** A mode as chmod and the changes list write it: 0755, 1777. */
function octal(mode) {
    return mode.toString(8).padStart(4, '0');
}
/** The directories' paths by key, in the order each key first appears. */
function rootfs_groupBy(directories, key) {
    const groups = new Map();
    for (const directory of directories) {
        const k = key(directory);
        groups.set(k, [...(groups.get(k) ?? []), directory.path]);
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/dockerfile/write/scratch-stage.ts






/** Settings that only matter when the image runs, moved out of a single-stage build. */
const RUNTIME_KEYWORDS = new Set([
    'CMD',
    'ENTRYPOINT',
    'EXPOSE',
    'HEALTHCHECK',
    'STOPSIGNAL',
    'VOLUME',
    'LABEL',
    'MAINTAINER'
]);
/** The change that heads the list: the final stage itself, unless it was scratch already. */
function fromScratchChange(finalStage, inPlace) {
    if (inPlace) {
        return [
            {
                summary: `final stage FROM scratch instead of ${finalStage.image}: the Go toolchain stays in the build stage`
            }
        ];
    }
    if (finalStage.image === 'scratch')
        return [];
    return [
        {
            summary: `final stage FROM scratch instead of ${finalStage.image}: it holds only the binary and the files it needs`
        }
    ];
}
/** The `FROM scratch` stage of the alternative, with the changes it makes. */
function scratchStage(input) {
    const from = input.name ? `FROM scratch AS ${input.name}` : 'FROM scratch';
    const support = supportFiles(input);
    const body = input.inPlace ? inPlaceBody(input, input.inPlace) : transformedBody(input);
    const user = input.needs.user;
    const userChanges = user ? [{ summary: user.summary, gap: user.gap }] : [];
    const entrypoint = input.commands.missingCommand ? addedEntrypoint(input) : undefined;
    return {
        lines: [from, ...support.lines, ...withUser(input, body.lines), ...(entrypoint?.lines ?? [])],
        changes: [...support.changes, ...body.changes, ...userChanges, ...(entrypoint?.changes ?? [])],
        warnings: [...support.warnings, ...body.warnings, ...(entrypoint?.warnings ?? [])]
    };
}
function supportFiles(input) {
    const from = `COPY --from=${input.toolchainStage}`;
    const lines = [];
    const changes = [];
    const warnings = [];
    const { caBundle, zoneinfo, directories } = input.needs;
    if (caBundle) {
        const bundle = '/etc/ssl/certs/ca-certificates.crt';
        lines.push(`${from} ${bundle} ${bundle}`);
        changes.push({
            summary: `CA bundle copied: ${caBundle}`,
            gap: `no CA bundle, though ${caBundle}: COPY --from=build ${bundle} ${bundle}`
        });
    }
    if (zoneinfo) {
        lines.push(`${from} /usr/local/go/lib/time/zoneinfo.zip /zoneinfo.zip`, 'ENV ZONEINFO=/zoneinfo.zip');
        changes.push({
            summary: `time zone database copied from the Go toolchain (ZONEINFO=/zoneinfo.zip): ${zoneinfo}`,
            gap: `no time zone database, though ${zoneinfo}: copy one in or import _ "time/tzdata"`
        });
        if (!input.buildHasGoRoot) {
            warnings.push({
                line: input.fromLine,
                message: 'the build stage is not an official golang image: check that Go lives at /usr/local/go, or import _ "time/tzdata" instead'
            });
        }
    }
    if (input.hasRootfs)
        lines.push(`${from} ${ROOTFS}/ /`);
    for (const directory of directories) {
        changes.push({
            summary: `${directory.path} created (owner ${directory.uid}:${directory.gid}, mode ${octal(directory.mode)}): ${directory.reasons.join('; ')}`,
            gap: directory.gap
        });
    }
    return { lines, changes, warnings };
}
/** Multi-stage original: its final stage, line by line, minus what needs a shell. */
function transformedBody(input) {
    const lines = [];
    const changes = [];
    const warnings = [];
    const user = input.needs.user;
    for (const instruction of input.runtime) {
        const replacement = rewrittenCommand(input.commands, instruction);
        if (replacement === null)
            continue;
        if (replacement !== undefined) {
            lines.push(replacement);
            continue;
        }
        const text = instructionText(input.parsed, instruction).trim();
        switch (instruction.keyword) {
            case 'RUN':
                break;
            case 'SHELL':
                warnings.push({
                    line: instruction.startLine + 1,
                    message: 'SHELL left out: a scratch image has no shell'
                });
                break;
            case 'USER':
                lines.push(user ? userLine(user) : text);
                break;
            case 'COPY':
            case 'ADD': {
                const binary = input.binaries.find(b => b.copy === instruction);
                const copy = binary ? binaryCopy(binary, instruction) : undefined;
                lines.push(copy?.line ?? text);
                if (copy)
                    changes.push(copy.change);
                break;
            }
            default:
                lines.push(text);
        }
    }
    return { lines, changes, warnings };
}
/**
 * COPY of the binary with its destination spelled out as an absolute file path; undefined when
 * the original line says that already (or copies a directory).
 */
function binaryCopy(binary, copy) {
    // A hidden build's COPY is repeated as written: its globs pick what the build made.
    if (!binary.build)
        return undefined;
    // The source stays as written, variables and all; only the destination is compared.
    const operands = copyOperands(copy.node);
    const [source, destination] = operands;
    const written = destination && external_node_path_namespaceObject.posix.resolve(copy.workdir, expandVariables(destination, copy.variables));
    if (operands.length !== 2 || written === binary.target || binary.isDirectory)
        return undefined;
    const flags = flagsOf(copy.node).map(flag => flag.toString());
    return {
        line: [copy.keyword, ...flags, source, binary.target].join(' '),
        change: { summary: `binary copied to the absolute path ${binary.target}`, gap: null }
    };
}
function userLine(user) {
    return `USER ${user.uid}:${user.gid}`;
}
/** USER in place of the original's, or just before the command when the original had none. */
function withUser(input, body) {
    const user = input.needs.user;
    if (!user)
        return body;
    if (!input.inPlace && input.originalUser.setBy)
        return body;
    const lines = body.filter(line => !/^USER\b/.test(line));
    const at = lines.findIndex(line => /^(HEALTHCHECK|ENTRYPOINT|CMD)\b/.test(line));
    lines.splice(at === -1 ? lines.length : at, 0, userLine(user));
    return lines;
}
/** Scratch has no default command; run the one binary rather than nothing. */
function addedEntrypoint(input) {
    const binaries = input.binaries.filter(b => !b.isDirectory);
    if (binaries.length !== 1) {
        return {
            lines: [],
            changes: [],
            warnings: [
                {
                    line: input.fromLine,
                    message: 'the original sets no ENTRYPOINT or CMD: add one to the alternative'
                }
            ]
        };
    }
    const target = binaries[0].target;
    return {
        lines: [`ENTRYPOINT ${formatExecForm([target])}`],
        changes: [
            {
                summary: `ENTRYPOINT ["${target}"] added: the original set no command, and scratch has no default`
            }
        ],
        warnings: []
    };
}

;// CONCATENATED MODULE: ./src/dockerfile/write/build-stage-edits.ts






/*
 * Edits to the user's own stages, which otherwise stay byte for byte: the go commands made
 * static and stripped, a name for a build stage that had none, the rootfs RUN, and (for a
 * single-stage original) the run-time settings moved out to the scratch stage.
 */
/** Adds `AS name` to a stage's FROM line, so the scratch stage can copy from it. */
function nameStage(parsed, stage, name) {
    const end = stage.from.getRange().end;
    const line = parsed.lines[end.line];
    return {
        edit: {
            start: end.line,
            end: end.line,
            lines: [`${line.slice(0, end.character)} AS ${name}${line.slice(end.character)}`]
        },
        change: { summary: `build stage named "${name}" so the scratch stage can copy from it` }
    };
}
/** Rewrites the RUN lines of the shipped go builds; one note per go command. */
function rewriteBuilds(parsed, builds, mode) {
    const byInstruction = new Map();
    for (const build of builds) {
        byInstruction.set(build.instruction, [...(byInstruction.get(build.instruction) ?? []), build]);
    }
    const edits = [];
    const notes = [];
    for (const [instruction, group] of byInstruction) {
        const execShell = group[0]?.execShell;
        const rewritten = rewriteGoBuilds(execShell ?? instructionText(parsed, instruction), group, mode);
        const lines = execShell
            ? [`${runPrefix(parsed, instruction)}${formatExecForm(shellAsExecForm(rewritten.text))}`]
            : rewritten.text.split('\n');
        edits.push({ start: instruction.startLine, end: instruction.endLine, lines });
        notes.push(...rewritten.notes.map(note => ({ ...note, line: instruction.startLine + 1 })));
    }
    return { edits, notes };
}
/** `RUN` and its flags (`--mount=…`) as written, up to where the exec-form array starts. */
function runPrefix(parsed, instruction) {
    const start = instruction.node.getArgumentsRange()?.start;
    if (!start)
        return 'RUN ';
    const lines = parsed.lines.slice(instruction.startLine, start.line + 1);
    lines[lines.length - 1] = lines[lines.length - 1].slice(0, start.character);
    return lines.join('\n');
}
/** The changes the rewritten go commands make, each said once however many builds made it. */
function buildChanges(notes) {
    const changes = [];
    const overridden = notes.find(n => n.cgoOverridden);
    if (notes.some(n => n.cgoDisabled)) {
        changes.push({
            summary: `static binary: CGO_ENABLED=0${overridden ? ` (instead of CGO_ENABLED=${overridden.cgoOverridden}; the program does not use cgo)` : ''}, so it needs no C library at run time`,
            gap: 'cgo not disabled: build with CGO_ENABLED=0 for a static binary'
        });
    }
    const stripGap = 'binary not stripped: add -ldflags="-s -w"';
    if (notes.some(n => n.ldflags === 'added')) {
        changes.push({
            summary: 'stripped: -ldflags="-s -w" leaves out the symbol table and DWARF debug data',
            gap: stripGap
        });
    }
    else if (notes.some(n => n.ldflags === 'merged')) {
        changes.push({
            summary: 'stripped: -s -w added to the existing -ldflags, which are otherwise kept',
            gap: stripGap
        });
    }
    if (notes.some(n => n.trimpathAdded)) {
        changes.push({
            summary: '-trimpath: no build-machine paths in the binary',
            gap: 'build paths left in the binary: add -trimpath'
        });
    }
    for (const output of new Set(notes.map(n => n.output).filter(Boolean))) {
        changes.push({
            summary: `-o ${output}: the binary gets an absolute path to copy from`,
            gap: null
        });
    }
    return changes;
}
/** Single-stage: CMD, EXPOSE, LABEL… move to the scratch stage, with the comments above them. */
function moveRuntimeSettings(parsed, chain) {
    const edits = [];
    for (const instruction of chain.flatMap(stage => stage.instructions)) {
        if (!RUNTIME_KEYWORDS.has(instruction.keyword))
            continue;
        let start = instruction.startLine;
        while (start > 0 && /^\s*#/.test(parsed.lines[start - 1]))
            start--;
        edits.push({ start, end: instruction.endLine, lines: [] });
    }
    return edits;
}
/**
 * The rootfs RUN goes right after the last go build the copied stage can see (so it is in that
 * stage's filesystem), as root even when the build ran as another user.
 */
function rootfsInsert(builds, stage, lines) {
    const visible = builds.filter(build => buildsOn(stage, build.stage));
    const after = visible.length
        ? visible.reduce((a, b) => (b.instruction.endLine > a.instruction.endLine ? b : a)).instruction
        : stage.instructions[stage.instructions.length - 1];
    const user = readUser(visible.length ? after?.user : stage.user);
    const switchesToRoot = user.written && !user.isRoot;
    return {
        after: after?.endLine ?? stage.fromLine,
        lines: switchesToRoot ? ['USER root', ...lines, `USER ${user.written}`] : lines
    };
}
function ldflagsWarnings(notes) {
    return notes
        .filter(note => note.ldflags === 'unreadable')
        .map(note => ({
        line: note.line,
        message: 'could not add -s -w to this -ldflags: write its value as one quoted string'
    }));
}
/** A name for the build stage that no other stage uses. */
function freeStageName(parsed) {
    const taken = new Set(parsed.stages.map(s => s.name));
    return taken.has('build') ? 'go-build' : 'build';
}

;// CONCATENATED MODULE: ./src/dockerfile/write/cgo-rerun.ts
/**
 * A build the Dockerfile hides linked its binary against the C library only because cgo was on
 * (the program needs none of it): the same build step runs again with CGO_ENABLED=0 in its
 * environment, set just before it so the step itself stays as the user wrote it.
 */
function cgoRerunInsert(rerun) {
    const line = rerun.instruction.startLine + 1;
    const step = rerun.hidden ? `RUN ${rerun.hidden.command}` : 'the last RUN of the build stage';
    const paths = rerun.binaries.map(binary => binary.source).join(', ');
    return {
        insert: {
            after: rerun.instruction.startLine - 1,
            lines: ['# A static build for the scratch stage: no C library there.', 'ENV CGO_ENABLED=0']
        },
        change: {
            summary: `CGO_ENABLED=0 set for ${step} (line ${line}): ${paths} was linked against the C library, and the program needs no cgo`,
            gap: `${paths} is linked against the C library: build it with CGO_ENABLED=0`
        }
    };
}

;// CONCATENATED MODULE: ./src/dockerfile/written-alternative.ts







/** Writes the alternative for an image whose facts allow one. */
function writeAlternative(facts) {
    const { parsed, finalStage, inPlace, binaries, shippedBuilds, added, link } = facts;
    // Binaries come from where the original had them; CA bundle, zoneinfo and rootfs from the
    // stage that ran the go build, which has the Go toolchain and a shell.
    const copyStage = binaries[0].fromStage;
    const toolchainStage = binaries[0].build?.stage ?? copyStage;
    const newName = inPlace && !copyStage.name ? freeStageName(parsed) : undefined;
    const named = newName ? nameStage(parsed, copyStage, newName) : undefined;
    const reference = (stage) => stage.name ?? (stage === copyStage && newName ? newName : String(stage.index));
    const rewritten = rewriteBuilds(parsed, shippedBuilds.filter(build => build !== added?.build), link.mode);
    const addedRun = added && addedBuildInsert(added, link.mode);
    const notes = [
        ...rewritten.notes,
        ...(addedRun ? [{ ...addedRun.notes, line: addedRun.insert.after + 1 }] : [])
    ];
    const reruns = (facts.imageBuild?.cgoReruns ?? []).map(cgoRerunInsert);
    const rootfs = rootfsRun(facts.needs, parsed.escape);
    const scratch = scratchStage({
        parsed,
        name: inPlace ? undefined : finalStage.name,
        copyStage: reference(copyStage),
        toolchainStage: reference(toolchainStage),
        buildHasGoRoot: toolchainStage.base.isGolang,
        fromLine: finalStage.fromLine + 1,
        needs: facts.needs,
        originalUser: facts.user,
        hasRootfs: rootfs !== undefined,
        binaries,
        commands: facts.commands,
        runtime: facts.runtime,
        inPlace: facts.inPlaceSettings
    });
    return {
        keepThrough: inPlace ? stageEndLine(parsed, finalStage) : finalStage.fromLine - 1,
        edits: [
            ...(named ? [named.edit] : []),
            ...rewritten.edits,
            ...(inPlace ? moveRuntimeSettings(parsed, facts.chain) : [])
        ],
        inserts: [
            ...(addedRun ? [addedRun.insert] : []),
            ...reruns.map(rerun => rerun.insert),
            ...(rootfs ? [rootfsInsert(shippedBuilds, toolchainStage, rootfs)] : [])
        ],
        scratchStage: scratch.lines,
        changes: [
            ...fromScratchChange(finalStage, inPlace),
            ...(named ? [named.change] : []),
            ...(added ? [added.change] : []),
            ...(facts.imageBuild?.changes ?? []).map(summary => ({ summary })),
            ...reruns.map(rerun => rerun.change),
            ...buildChanges(notes),
            ...link.changes.map(summary => ({ summary })),
            ...scratch.changes,
            ...facts.commands.changes.map(summary => ({ summary }))
        ],
        warnings: [
            ...facts.binaryWarnings,
            ...(facts.imageBuild?.warnings ?? []),
            ...facts.needs.warnings,
            ...scratch.warnings,
            ...link.warnings,
            ...ldflagsWarnings(notes),
            ...(inPlace ? [] : effectWarnings(facts.effects))
        ]
    };
}

;// CONCATENATED MODULE: ./src/dockerfile/plan.ts







/**
 * Plans a `FROM scratch` alternative to a Go image's Dockerfile: the user's build stages with
 * the go build made static and stripped, then a scratch stage with the binary and only the
 * files the program needs. Pure: the same input always gives the same plan.
 */
function planAlternative(input) {
    const facts = findImageFacts(input);
    if ('reason' in facts)
        return { kind: 'not-applicable', reason: facts.reason };
    if (!('parsed' in facts) || facts.blockers.length > 0)
        return notPossible(facts.blockers);
    const written = writeAlternative(facts);
    const { parsed, finalStage, inPlace, imageBuild } = facts;
    const plan = {
        kind: 'generated',
        dockerfile: renderDockerfile(parsed.lines, written),
        changes: written.changes.map(({ summary }) => ({ summary })),
        warnings: written.warnings,
        runtimeNeedsFrom: facts.needs.decidedBy
    };
    if (!inPlace && finalStage.image === 'scratch') {
        plan.alreadyMinimal = { gaps: gapsOf(written.changes) };
    }
    const rebuilt = imageBuild?.cgoReruns.flatMap(rerun => rerun.binaries.map(b => ({ path: b.target, line: rerun.instruction.startLine + 1 })));
    if (rebuilt && rebuilt.length > 0)
        plan.rebuiltStatic = rebuilt;
    const dryRun = imageBuild?.makeDryRun;
    if (dryRun) {
        const { hidden } = dryRun;
        plan.makeDryRun = {
            dockerfile: `${parsed.lines.slice(0, stageEndLine(parsed, hidden.stage) + 1).join('\n')}\n`,
            workdir: hidden.cwd,
            command: hidden.command.replace(/^\S+/, make => `${make} -n -B --trace`),
            line: hidden.instruction.startLine + 1,
            sources: dryRun.sources
        };
    }
    return plan;
}
/** The nearest base is the most capable one any blocker asks for. */
function notPossible(blockers) {
    const rank = [DISTROLESS_STATIC, BUSYBOX, DISTROLESS_BASE];
    const nearest = blockers.map(b => b.nearest).sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0];
    return {
        kind: 'not-possible',
        blockers: blockers.map(({ line, message }) => ({ line, message })),
        nearest
    };
}

;// CONCATENATED MODULE: ./src/go-source/dockerignore.ts
/**
 * Compiles `.dockerignore` text: `#` comments, `*`, `?` and `**` globs, `!` exceptions, the last
 * matching line winning, and a matched directory taking its contents with it.
 */
function dockerignoreMatcher(text) {
    const rules = text
        .split('\n')
        .map(line => line.trim())
        .filter(line => line && !line.startsWith('#'))
        .map(line => {
        const negated = line.startsWith('!');
        const pattern = (negated ? line.slice(1) : line).trim().replace(/^\/+|\/+$/g, '');
        return { negated, pattern: globToRegExp(pattern.replace(/^\.\//, '')) };
    });
    return relativePath => {
        let ignored = false;
        for (const rule of rules) {
            if (rule.pattern.test(relativePath))
                ignored = !rule.negated;
        }
        return ignored;
    };
}
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}(?:/.*)?$`);
}

;// CONCATENATED MODULE: ./src/go-source/go-mod.ts

/** Reads `module` and `require` directives (single-line and block form) from go.mod text. */
function parseGoMod(text) {
    const lines = text.split('\n').map(line => line.replace(/\/\/.*$/, '').trim());
    const requires = [];
    let modulePath;
    let inRequireBlock = false;
    for (const line of lines) {
        if (inRequireBlock) {
            if (line.startsWith(')'))
                inRequireBlock = false;
            else if (line)
                requires.push(go_mod_unquote(line.split(/\s+/)[0]));
            continue;
        }
        const [directive, first] = line.split(/\s+/);
        if (directive === 'module' && first)
            modulePath = go_mod_unquote(first);
        if (directive === 'require' && first === '(')
            inRequireBlock = true;
        else if (directive === 'require' && first)
            requires.push(go_mod_unquote(first));
    }
    return { modulePath, requires };
}
function go_mod_unquote(text) {
    return text.replace(/^["`]|["`]$/g, '');
}
/** The required modules known to need cgo. */
function cgoModules(requires) {
    return requires.filter(path => cgoModuleOf(path) !== undefined);
}

;// CONCATENATED MODULE: ./src/go-source/scan.ts





// The go tool skips these directories, and vendored code is not the program's own behaviour.
const SKIPPED_DIRECTORIES = new Set(['vendor', 'testdata', 'node_modules']);
// A context far larger than any Go service: stop reading rather than stall the run.
const MAX_FILES = 5000;
/**
 * Reads the Go sources of a build context (skipping vendor/, tests, and what .dockerignore
 * leaves out) for the facts the scratch planner needs.
 */
async function scanGoSources(contextDir) {
    const ignored = dockerignoreMatcher(await readOptional((0,external_node_path_namespaceObject.join)(contextDir, '.dockerignore')));
    const files = await goFiles(contextDir, ignored);
    const perFile = await Promise.all(files.map(async (file) => factsOfFile(await (0,promises_namespaceObject.readFile)(file, 'utf8'))));
    const facts = combineFacts(perFile);
    const goMod = parseGoMod(await readOptional((0,external_node_path_namespaceObject.join)(contextDir, 'go.mod')));
    facts.cgoModules = cgoModules(goMod.requires);
    if (goMod.modulePath)
        facts.modulePath = goMod.modulePath;
    facts.runtimeFiles = await presentInContext(contextDir, facts.openedPaths, ignored);
    return facts;
}
async function goFiles(root, ignored) {
    const found = [];
    const visit = async (dir) => {
        const entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true }).catch(ifGone([]));
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (found.length >= MAX_FILES)
                return;
            const path = (0,external_node_path_namespaceObject.join)(dir, entry.name);
            const rel = (0,external_node_path_namespaceObject.relative)(root, path).split(external_node_path_namespaceObject.sep).join('/');
            if (ignored(rel))
                continue;
            if (entry.isDirectory()) {
                // cmd/go also ignores directories starting with `.` or `_`.
                if (SKIPPED_DIRECTORIES.has(entry.name) || /^[._]/.test(entry.name))
                    continue;
                await visit(path);
            }
            else if (entry.isFile() && entry.name.endsWith('.go') && !entry.name.endsWith('_test.go')) {
                found.push(path);
            }
        }
    };
    await visit(root);
    return found;
}
/** The top-level entries of relative opened paths that the context really holds. */
async function presentInContext(root, openedPaths, ignored) {
    const tops = [...new Set(openedPaths.map(relativeTopLevel).filter(Boolean))];
    const present = [];
    for (const top of tops.sort()) {
        if (ignored(top))
            continue;
        const found = await (0,promises_namespaceObject.stat)((0,external_node_path_namespaceObject.join)(root, top)).then(() => true, ifGone(false));
        if (found)
            present.push(top);
    }
    return present;
}
async function readOptional(path) {
    return (0,promises_namespaceObject.readFile)(path, 'utf8').catch(ifGone(''));
}
/** A path that is not there (or not a directory) reads as FALLBACK; any other error is thrown. */
function ifGone(fallback) {
    return error => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            return fallback;
        throw error;
    };
}

;// CONCATENATED MODULE: ./src/core/plain-text.ts
// Container output ends up in PR comments and job summaries: keep it short, and keep it plain
// text (no terminal escapes, no carriage returns) so the report only has to escape markup.
const MAX_LINES = 20;
const MAX_CHARS = 2000;
// eslint-disable-next-line no-control-regex
const TERMINAL_ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** TEXT without terminal colours, carriage returns or other control characters. */
function plainText(text) {
    return text.replace(/\r\n?/g, '\n').replace(TERMINAL_ESCAPES, '').replace(CONTROL_CHARACTERS, '');
}
/** The first lines of TEXT, at most MAX_LINES lines and MAX_CHARS characters. */
function headOf(text, maxLines = MAX_LINES, maxChars = MAX_CHARS) {
    const lines = plainText(text).replace(/\n$/, '').split('\n');
    let head = lines.slice(0, maxLines).join('\n');
    if (lines.length > maxLines)
        head += `\n… (${lines.length - maxLines} more lines)`;
    return head.length > maxChars ? `${head.slice(0, maxChars)}…` : head;
}
/** The last lines of TEXT, at most MAX_LINES lines and MAX_CHARS characters. */
function tailOf(text, maxLines = MAX_LINES, maxChars = MAX_CHARS) {
    const lines = plainText(text).replace(/\n$/, '').split('\n');
    let tail = lines.slice(-maxLines).join('\n');
    if (lines.length > maxLines)
        tail = `… (${lines.length - maxLines} earlier lines)\n${tail}`;
    return tail.length > maxChars ? `…${tail.slice(-maxChars)}` : tail;
}
/** The first non-empty line of TEXT, short enough for a one-line summary. */
function firstLineOf(text, maxChars = 200) {
    const line = plainText(text)
        .split('\n')
        .find(l => l.trim() !== '') ?? '';
    return line.length > maxChars ? `${line.slice(0, maxChars)}…` : line.trim();
}

;// CONCATENATED MODULE: ./src/verify/line-diff.ts

const MAX_LINES_PER_SIDE = 8;
/**
 * The one stretch where ORIGINAL and ALTERNATIVE part ways, after dropping the lines they share
 * at the start and at the end: enough for a reader to see what changed without a full diff.
 */
function changedLines(label, original, alternative) {
    const before = original.split('\n');
    const after = alternative.split('\n');
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start])
        start++;
    let end = 0;
    while (end < before.length - start &&
        end < after.length - start &&
        before[before.length - 1 - end] === after[after.length - 1 - end])
        end++;
    const removed = before.slice(start, before.length - end);
    const added = after.slice(start, after.length - end);
    const lines = [
        `${label} differs from line ${start + 1} (- original, + alternative):`,
        ...side('-', removed),
        ...side('+', added)
    ];
    return headOf(lines.join('\n'));
}
function side(marker, lines) {
    const shown = lines
        .slice(0, MAX_LINES_PER_SIDE)
        .map(line => `${marker} ${line === '' ? '(empty line)' : line}`);
    if (lines.length > MAX_LINES_PER_SIDE)
        shown.push(`${marker} … (${lines.length - MAX_LINES_PER_SIDE} more lines)`);
    return shown.length > 0 ? shown : [`${marker} (nothing)`];
}

;// CONCATENATED MODULE: ./src/verify/compare.ts


// What runc prints, and the container exits 1 with, when the entrypoint cannot be executed: the
// usual way a FROM scratch image fails (a dynamically linked binary, a wrong path, no +x).
const EXEC_FAILURE = /^exec .+: (no such file or directory|exec format error|permission denied)$/;
/**
 * The verdict on two runs of the same command. A failing original is reported as `differs` with
 * a summary that blames the original: the alternative cannot be judged against it.
 */
function compareRuns(original, alternative) {
    const before = asStartFailure(original);
    const after = asStartFailure(alternative);
    if (before.state === 'not-started')
        return originalDidNotStart(before);
    if (after.state === 'not-started')
        return {
            status: 'did-not-start',
            summary: `the alternative did not start: ${firstLineOf(after.error)}${hintFor(after.error)}`,
            logTail: logTailOf(after)
        };
    if (before.state === 'exited' && after.state === 'exited')
        return compareExits(before, after);
    if (before.state === 'running' && after.state === 'running')
        return compareServers(before, after);
    if (before.state === 'running' && after.state === 'exited')
        return {
            status: 'did-not-start',
            summary: `the original keeps running but the alternative exited with code ${after.exitCode}`,
            logTail: logTailOf(after)
        };
    if (before.state === 'exited' && after.state === 'running')
        return outlived(before, after);
    throw new Error(`unexpected pair of runs: ${before.state} and ${after.state}`);
}
/** The original finished but the alternative did not within the time limit. */
function outlived(original, alternative) {
    const still = `still running after ${seconds(alternative.forMs)}`;
    return {
        status: 'differs',
        summary: `the original exited with code ${original.exitCode} but the alternative was ${still}`,
        differences: [
            `original exit code: ${original.exitCode}`,
            `alternative: ${still}`,
            ...outputOf('original stdout', original.stdout),
            ...outputOf('alternative log', logTailOf(alternative))
        ]
    };
}
// runc found the file but execve said ENOENT: the program's loader or interpreter is missing.
const MISSING_LOADER = /^exec .+: no such file or directory$/;
function hintFor(error) {
    return MISSING_LOADER.test(error.trim())
        ? ' (its program loader is missing from the image: a dynamically linked binary needs CGO_ENABLED=0, a script needs its shell)'
        : '';
}
/** An exit that is really runc failing to execute the entrypoint counts as not started. */
function asStartFailure(run) {
    if (run.state !== 'exited' || run.exitCode === 0 || run.stdout !== '')
        return run;
    const message = run.stderr.trim();
    return EXEC_FAILURE.test(message) ? { ...run, state: 'not-started', error: message } : run;
}
function originalDidNotStart(original) {
    return {
        status: 'differs',
        summary: `the original image did not start, so the alternative could not be compared with it: ${firstLineOf(original.error)}`,
        differences: [`original did not start:\n${logTailOf(original)}`]
    };
}
function compareExits(original, alternative) {
    const sameCode = original.exitCode === alternative.exitCode;
    const sameStdout = original.stdout === alternative.stdout;
    if (sameCode && sameStdout) {
        const bytes = Buffer.byteLength(original.stdout);
        const output = bytes === 0 ? 'no output' : `the same output (${bytes} ${bytes === 1 ? 'byte' : 'bytes'})`;
        return { status: 'verified', summary: `both exited ${original.exitCode} with ${output}` };
    }
    const codes = `original ${original.exitCode}, alternative ${alternative.exitCode}`;
    const differences = [`exit code: ${codes}`];
    if (!sameStdout)
        differences.push(changedLines('stdout', original.stdout, alternative.stdout));
    if (original.stderr !== alternative.stderr)
        differences.push(changedLines('stderr', original.stderr, alternative.stderr));
    const summary = !sameCode
        ? `exit codes differ (${codes})${sameStdout ? '' : ' and so does stdout'}`
        : `stdout differs (both exited ${original.exitCode})`;
    return { status: 'differs', summary, differences };
}
function compareServers(original, alternative) {
    const still = `both still running after ${seconds(Math.min(original.forMs, alternative.forMs))}`;
    const before = original.http;
    const after = alternative.http;
    if (before === undefined || after === undefined)
        return { status: 'verified', summary: `${still} (no port to probe)` };
    const get = `GET ${before.path}`;
    if ('status' in before && 'status' in after) {
        if (before.status === after.status)
            return { status: 'verified', summary: `both serve ${get} with ${before.status}` };
        return {
            status: 'differs',
            summary: `${get}: the original answered ${before.status}, the alternative ${after.status}`,
            differences: [
                `${get} status: original ${before.status}, alternative ${after.status}`,
                ...outputOf('original body', before.body),
                ...outputOf('alternative body', after.body)
            ]
        };
    }
    if ('status' in before && 'error' in after)
        return onlyOneAnswered(get, ['original', before], ['alternative', after, alternative]);
    if ('error' in before && 'status' in after)
        return onlyOneAnswered(get, ['alternative', after], ['original', before, original]);
    return { status: 'verified', summary: `${still}; neither answered ${get} on port ${before.port}` };
}
function onlyOneAnswered(get, [answered, served], [silent, unanswered, silentRun]) {
    return {
        status: 'differs',
        summary: `the ${answered} serves ${get} with ${served.status} but the ${silent}, still running, did not answer on port ${unanswered.port}`,
        differences: [
            `${silent}: no answer to ${get} on port ${unanswered.port} (${firstLineOf(unanswered.error)})`,
            ...outputOf(`${silent} log`, logTailOf(silentRun))
        ]
    };
}
/** Everything the container wrote, ending with its last lines. */
function logTailOf(run) {
    const parts = [run.stdout, run.stderr];
    if (run.state === 'not-started' && !run.stderr.includes(run.error))
        parts.push(run.error);
    return tailOf(parts
        .map(text => text.replace(/\n+$/, ''))
        .filter(text => text.trim() !== '')
        .join('\n'));
}
function outputOf(label, text) {
    return text.trim() === '' ? [] : [`${label}:\n${headOf(text)}`];
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}

;// CONCATENATED MODULE: ./src/verify/docker-output.ts
// Reading what the docker CLI prints, kept apart from running it so the parsing is testable.
/** The lowest TCP port in `{{json .Config.ExposedPorts}}` output (`{"8080/tcp":{}}` or `null`). */
function lowestExposedTcpPort(exposedPortsJson) {
    const parsed = JSON.parse(exposedPortsJson.trim() || 'null');
    if (parsed === null || typeof parsed !== 'object')
        return undefined;
    const ports = Object.keys(parsed)
        .map(key => /^(\d+)(?:\/tcp)?$/.exec(key)?.[1])
        .filter((port) => port !== undefined)
        .map(Number)
        .filter(port => port > 0 && port < 65536);
    return ports.length === 0 ? undefined : Math.min(...ports);
}
/** The host port in `docker port NAME PORT/tcp` output (`127.0.0.1:49153`, maybe more lines). */
function publishedHostPort(dockerPortOutput) {
    for (const line of dockerPortOutput.split('\n')) {
        const port = /:(\d+)\s*$/.exec(line)?.[1];
        if (port !== undefined)
            return Number(port);
    }
    return undefined;
}
/** The exit code `docker wait` prints, if it printed one. */
function waitExitCode(dockerWaitOutput) {
    const text = dockerWaitOutput.trim();
    return /^-?\d+$/.test(text) ? Number(text) : undefined;
}
/** Exit code from `{{.State.Running}} {{.State.ExitCode}}`, or undefined while it still runs. */
function stoppedExitCode(stateOutput) {
    const [running, code] = stateOutput.trim().split(/\s+/);
    if (running === 'true' || code === undefined)
        return undefined;
    return Number(code);
}

;// CONCATENATED MODULE: ./src/verify/container.ts


// Bound for the docker commands that only ask the daemon something; a container's own run time
// is bounded by the caller's timeout instead.
const QUERY_TIMEOUT_MS = 30_000;
/**
 * Starts IMAGE detached as NAME with ARGS appended to its entrypoint. Resolves to undefined once
 * it runs, or to docker's reason for not starting it. The name is chosen by the caller, so the
 * container can be removed even when this call times out half-way.
 */
async function startContainer(name, image, args, network, timeoutMs, options) {
    const networkArgs = network.kind === 'none' ? ['--network', 'none'] : ['--publish', `127.0.0.1::${network.port}`];
    const result = await runDocker(['run', '--detach', '--pull', 'never', '--name', name, ...networkArgs, image, ...args], { ...options, timeoutMs });
    if (result.exitCode === 0)
        return undefined;
    const message = result.stderr.replace(/^Run 'docker run --help'.*$/m, '').trim();
    return message || `docker run exited ${result.exitCode} without a message`;
}
/** NAME's exit code once it stops within WITHIN_MS, or undefined if it is still running. */
async function waitForExit(name, withinMs, options) {
    if (withinMs > 0) {
        const waited = await runDocker(['wait', name], { ...options, timeoutMs: withinMs });
        const code = waited.exitCode === 0 ? waitExitCode(waited.stdout) : undefined;
        if (code !== undefined)
            return code;
    }
    return exitCodeIfStopped(name, options);
}
/** NAME's exit code if it has stopped, undefined while it runs. */
async function exitCodeIfStopped(name, options) {
    const state = await docker(['container', 'inspect', '--format', '{{.State.Running}} {{.State.ExitCode}}', name], { ...options, timeoutMs: QUERY_TIMEOUT_MS });
    return stoppedExitCode(state);
}
/** What NAME wrote so far, stdout and stderr apart (empty if docker keeps no logs for it). */
async function containerLogs(name, options) {
    const result = await runDocker(['logs', name], { ...options, timeoutMs: QUERY_TIMEOUT_MS });
    return result.exitCode === 0
        ? { stdout: result.stdout, stderr: result.stderr }
        : { stdout: '', stderr: '' };
}
/** The loopback port docker published for NAME's container PORT. */
async function hostPortOf(name, port, options) {
    const result = await runDocker(['port', name, `${port}/tcp`], {
        ...options,
        timeoutMs: QUERY_TIMEOUT_MS
    });
    return result.exitCode === 0 ? publishedHostPort(result.stdout) : undefined;
}
/** The lowest TCP port IMAGE declares with EXPOSE. */
async function exposedPortOf(image, options) {
    const json = await docker(['image', 'inspect', '--format', '{{json .Config.ExposedPorts}}', image], { ...options, timeoutMs: QUERY_TIMEOUT_MS });
    return lowestExposedTcpPort(json);
}
/** Force-removes NAMES; names that never became containers are fine. */
async function removeContainers(names, options) {
    if (names.length === 0)
        return;
    await runDocker(['rm', '--force', '--volumes', ...names], {
        ...options,
        timeoutMs: QUERY_TIMEOUT_MS
    });
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/verify/http-get.ts

// Only our own containers are probed, through ports docker published on loopback.
const LOOPBACK = '127.0.0.1';
const MAX_BODY_BYTES = 4096;
/** One GET of PATH on loopback PORT; resolves with the status and the start of the body. */
function getOnLoopback(port, path, timeoutMs) {
    return new Promise(resolve => {
        let req;
        let settled = false;
        const finish = (reply) => {
            if (settled)
                return;
            settled = true;
            req?.destroy();
            resolve(reply);
        };
        const readReply = (res) => {
            const chunks = [];
            let size = 0;
            const reply = () => finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
            res.on('data', (chunk) => {
                chunks.push(chunk);
                size += chunk.length;
                if (size >= MAX_BODY_BYTES)
                    reply();
            });
            res.on('end', reply);
            res.on('error', reply);
        };
        try {
            req = (0,external_node_http_namespaceObject.request)({ host: LOOPBACK, port, path, method: 'GET', agent: false }, readReply);
        }
        catch (error) {
            // node refuses some paths (unescaped characters) before sending anything
            finish({ error: error instanceof Error ? error.message : String(error) });
            return;
        }
        req.setTimeout(Math.max(1, timeoutMs), () => finish({ error: `no answer within ${timeoutMs} ms` }));
        req.on('error', error => finish({ error: error.message }));
        req.end();
    });
}

;// CONCATENATED MODULE: ./src/verify/container-run.ts



const RETRY_EVERY_MS = 250;
const MAX_REQUEST_MS = 2000;
function isRunning(run) {
    return run.startError === undefined && run.exitCode === undefined;
}
/** Starts the container and gives it SETTLE_MS to exit on its own. */
async function startRun(plan, docker) {
    const startedAt = Date.now();
    const run = { name: plan.name, startedAt, deadline: startedAt + plan.timeoutMs };
    const startError = await startContainer(plan.name, plan.image, plan.args, plan.network, plan.timeoutMs, docker);
    if (startError !== undefined)
        return { ...run, startError };
    const settle = Math.min(plan.settleMs, run.deadline - Date.now());
    return { ...run, exitCode: await waitForExit(plan.name, settle, docker) };
}
/** Waits for a running container to exit, until its time limit is up. */
async function finishRun(run, docker) {
    if (!isRunning(run))
        return run;
    return { ...run, exitCode: await waitForExit(run.name, run.deadline - Date.now(), docker) };
}
/**
 * GETs PATH on the container's published PORT until it answers, it exits, or its time limit is
 * up. Servers take a moment to listen, and docker's proxy accepts connections before they do.
 */
async function probeRun(run, port, path, docker) {
    if (!isRunning(run))
        return run;
    const hostPort = await hostPortOf(run.name, port, docker);
    if (hostPort === undefined)
        return { ...run, http: { port, path, error: `docker published no host port for ${port}/tcp` } };
    for (;;) {
        const remaining = run.deadline - Date.now();
        const reply = await getOnLoopback(hostPort, path, Math.max(1, Math.min(MAX_REQUEST_MS, remaining)));
        if ('status' in reply)
            return { ...run, http: { port, path, ...reply } };
        const exitCode = await exitCodeIfStopped(run.name, docker);
        if (exitCode !== undefined)
            return { ...run, exitCode };
        if (Date.now() + RETRY_EVERY_MS >= run.deadline)
            return { ...run, http: { port, path, error: reply.error } };
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(RETRY_EVERY_MS);
    }
}
/** What the run amounts to, with everything the container wrote. */
async function observeRun(run, docker) {
    const { stdout, stderr } = await containerLogs(run.name, docker);
    if (run.startError !== undefined)
        return { state: 'not-started', error: run.startError, stdout, stderr };
    if (run.exitCode !== undefined)
        return { state: 'exited', exitCode: run.exitCode, stdout, stderr };
    const forMs = Date.now() - run.startedAt;
    return run.http === undefined
        ? { state: 'running', forMs, stdout, stderr }
        : { state: 'running', forMs, stdout, stderr, http: run.http };
}

;// CONCATENATED MODULE: ./src/verify/parity.ts





const DEFAULT_SETTLE_MS = 1500;
const DEFAULT_NAME_PREFIX = 'go-image-budget-verify';
const NO_NETWORK = { kind: 'none' };
/**
 * Runs ORIGINAL and ALTERNATIVE side by side with the same arguments and judges whether the
 * alternative behaves the same: same exit code and stdout for a program, same HTTP status for a
 * server, both still running for anything else. Every container it starts is removed before it
 * returns, whatever happens. Throws only when docker itself cannot be used.
 */
async function verifyParity(original, alternative, options, docker = {}) {
    const names = containerNames(options.namePrefix ?? DEFAULT_NAME_PREFIX);
    const plan = (image, role, network, settleMs) => ({
        image,
        name: names.next(role),
        args: options.args,
        network,
        timeoutMs: options.timeoutMs,
        settleMs
    });
    const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    try {
        const first = await Promise.all([
            startRun(plan(original, 'original', NO_NETWORK, settleMs), docker),
            startRun(plan(alternative, 'alternative', NO_NETWORK, settleMs), docker)
        ]);
        const [before, after] = first;
        if (isRunning(before) && isRunning(after)) {
            const port = options.port ??
                (await exposedPortOf(original, docker)) ??
                (await exposedPortOf(alternative, docker));
            if (port !== undefined) {
                // Servers get a second run with the port published; the isolated first run is done.
                await removeContainers([before.name, after.name], docker);
                const network = { kind: 'published', port };
                const path = options.path.startsWith('/') ? options.path : `/${options.path}`;
                const probed = await Promise.all([
                    startRun(plan(original, 'original-http', network, 0), docker).then(run => probeRun(run, port, path, docker)),
                    startRun(plan(alternative, 'alternative-http', network, 0), docker).then(run => probeRun(run, port, path, docker))
                ]);
                return await judge(probed, docker);
            }
        }
        // Once the original runs and the alternative is gone, waiting longer changes nothing.
        const finished = isRunning(before) && !isRunning(after)
            ? first
            : await Promise.all(first.map(run => finishRun(run, docker)));
        return await judge(finished, docker);
    }
    finally {
        await removeContainers(names.all(), docker);
    }
}
async function judge(runs, docker) {
    const [original, alternative] = await Promise.all(runs.map(run => observeRun(run, docker)));
    if (original === undefined || alternative === undefined)
        throw new Error('expected two runs');
    return compareRuns(original, alternative);
}
/** Unique container names under PREFIX, remembered so all of them can be removed. */
function containerNames(prefix) {
    const run = (0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex');
    const all = [];
    return {
        next(role) {
            const name = `${prefix}-${run}-${role}`;
            all.push(name);
            return name;
        },
        all: () => all
    };
}

;// CONCATENATED MODULE: ./src/engine/build-request.ts
/** The build the inputs describe, tagged `tag`, with build-push-action's build inputs. */
function buildRequest(inputs, tag) {
    const { context, file, target, buildArgs, platform, builder, pull, buildOptions } = inputs;
    return { context, file, target, buildArgs, platform, builder, pull, buildOptions, tag };
}

;// CONCATENATED MODULE: ./src/dockerfile/find/make-output.ts



const TRACE = /^(\S+:\d+): (?:update )?target '[^']*'/;
const GO_BUILD = /(?:^|[\s;&|(])(?:\S*\/)?go\s+(?:build|install)\b/;
/** The go builds in make's dry-run output, in order. */
function goBuildsOfDryRun(output, workdir) {
    const builds = [];
    let recipe;
    for (const line of output.split('\n')) {
        const trace = TRACE.exec(line);
        if (trace) {
            recipe = trace[1];
            continue;
        }
        if (!GO_BUILD.test(line))
            continue;
        const words = (0,shell_quote.parse)(line).filter((word) => typeof word === 'string');
        const o = words.findIndex(word => word === '-o' || word.startsWith('-o='));
        const value = o === -1 ? undefined : words[o].startsWith('-o=') ? words[o].slice(3) : words[o + 1];
        const ldflags = words.findIndex(word => word === '-ldflags' || word.startsWith('-ldflags='));
        const flags = ldflags === -1
            ? ''
            : words[ldflags].startsWith('-ldflags=')
                ? words[ldflags].slice('-ldflags='.length)
                : (words[ldflags + 1] ?? '');
        builds.push({
            recipe,
            command: line.trim(),
            output: value ? external_node_path_namespaceObject.posix.resolve(workdir, value) : undefined,
            stripped: alreadyStripped(flags)
        });
    }
    return builds;
}
/**
 * Where to add `-s -w` for the unstripped binaries at `sources`: the go builds that write them,
 * or every unstripped go build when none names its output.
 */
function stripAdvice(builds, sources, makeCommand) {
    const writing = builds.filter(build => build.output && sources.includes(build.output));
    const chosen = (writing.length > 0 ? writing : builds).filter(build => !build.stripped);
    if (chosen.length === 0)
        return undefined;
    const where = chosen
        .map(build => `${build.recipe ? `${build.recipe}: ` : ''}\`${build.command}\``)
        .join('; ');
    return `\`${makeCommand}\` in the build stage shows where: add -s -w to the -ldflags of ${where}`;
}

;// CONCATENATED MODULE: ./src/engine/make-dry-run.ts




const DRY_RUN_TIMEOUT_MS = 60_000;
/**
 * Runs `make -n` in an image of the stage that runs make (built from the original's own lines,
 * so from the build cache), with no network, and says which Makefile line should get `-s -w`.
 * Undefined when make printed no go build, or the dry run could not run: the advice without it
 * is already in the warnings.
 */
async function makeDryRunAdvice(inputs, dryRun, tag, onTagged, docker) {
    const built = await buildImage({ ...buildRequest(inputs, tag), target: undefined, dockerfile: dryRun.dockerfile }, docker);
    if (!built.ok)
        return undefined;
    onTagged(tag);
    const run = await runDocker([
        'run',
        '--rm',
        '--network',
        'none',
        '--entrypoint',
        'sh',
        '--workdir',
        dryRun.workdir,
        tag
    ].concat(['-c', dryRun.command]), { ...docker, timeoutMs: DRY_RUN_TIMEOUT_MS });
    if (run.exitCode !== 0)
        return undefined;
    const advice = stripAdvice(goBuildsOfDryRun(run.stdout, dryRun.workdir), dryRun.sources, dryRun.command);
    return advice ? { line: dryRun.line, message: advice } : undefined;
}

;// CONCATENATED MODULE: ./src/engine/alternative.ts











/** What `alternative: none` reports. */
function skippedAlternative() {
    return {
        status: 'skipped',
        summary: 'the alternative input is none',
        changes: [],
        blockers: [],
        warnings: []
    };
}
/**
 * Plans the scratch alternative from the Dockerfile and the Go sources, builds it under `tag`,
 * measures it and runs it beside the original. `onTagged` hears of the tag once the build made it,
 * so the caller removes it whatever happens next.
 */
async function buildAlternative(inputs, dockerfile, original, tag, onTagged, { docker, cache, progress }) {
    const go = await scanGoSources(inputs.context);
    const plan = planAlternative({
        dockerfile,
        target: inputs.target,
        buildArgs: inputs.buildArgs,
        go,
        goPackage: inputs.goPackage,
        filesystem: original.filesystem,
        shipped: ownBinaries(original.image)
    });
    const empty = { changes: [], blockers: [], warnings: [] };
    if (plan.kind === 'not-applicable')
        return { ...empty, status: 'not-applicable', summary: plan.reason };
    if (plan.kind === 'not-possible') {
        return {
            ...empty,
            status: 'not-possible',
            summary: plan.blockers.map(b => b.message).join('; '),
            blockers: plan.blockers,
            nearest: plan.nearest
        };
    }
    const advice = plan.makeDryRun
        ? await makeDryRunAdvice(inputs, plan.makeDryRun, `${tag}-make-n`, onTagged, docker)
        : undefined;
    const generated = {
        ...empty,
        dockerfile: plan.dockerfile,
        changes: plan.changes.map(change => change.summary),
        warnings: advice ? [...plan.warnings, advice] : plan.warnings,
        gaps: plan.alreadyMinimal?.gaps,
        runtimeNeedsFrom: plan.runtimeNeedsFrom
    };
    progress.info('Generated Dockerfile:\n' + plan.dockerfile);
    const built = await buildImage({
        ...buildRequest(inputs, tag),
        target: undefined,
        dockerfile: plan.dockerfile,
        onLog: progress.output
    }, docker);
    if (!built.ok) {
        return {
            ...generated,
            status: 'build-failed',
            summary: built.failure.step ?? built.failure.reason,
            buildFailure: built.failure
        };
    }
    onTagged(tag);
    const image = await measureImage(tag, {
        docker,
        cache,
        onProgress: progress.measuring?.bind(progress)
    });
    const stillDynamic = stillLinked(plan.rebuiltStatic ?? [], image);
    if (stillDynamic.length > 0) {
        return {
            ...generated,
            status: 'not-possible',
            summary: stillDynamic.map(b => b.message).join('; '),
            blockers: stillDynamic,
            nearest: DISTROLESS_BASE,
            image,
            savings: savingsOf(original.image.size, image.size)
        };
    }
    const parity = await verifyParity(original.tag, tag, inputs.verify, docker);
    return {
        ...generated,
        status: parity.status,
        summary: parity.summary,
        image,
        budget: alternativeBudget(inputs.budget, image),
        savings: savingsOf(original.image.size, image.size),
        details: parity.status === 'differs'
            ? parity.differences
            : parity.status === 'did-not-start'
                ? parity.logTail.split('\n')
                : undefined
    };
}
/** The Go executables the image's own layers add: the base image's (a Go toolchain) are not the program. */
function ownBinaries(image) {
    if (!image.binaries)
        return undefined;
    const baseLayers = image.base?.layers ?? 0;
    return image.binaries.filter(binary => binary.layer >= baseLayers);
}
/**
 * The binaries built again with CGO_ENABLED=0 that are still linked against the C library (the
 * build sets cgo itself), or that the alternative lacks: checked, not assumed.
 */
function stillLinked(rebuilt, image) {
    return rebuilt.flatMap(({ path, line }) => {
        const binary = image.binaries?.find(b => b.path === path);
        if (binary?.static)
            return [];
        const why = binary
            ? `is still linked against ${binary.libraries.join(', ') || binary.interpreter || 'the C library'} with CGO_ENABLED=0 in the build's environment: the build sets cgo on itself; build it with CGO_ENABLED=0 there`
            : 'is not a Go executable the alternative holds: check the COPY that brings it';
        return [{ line, message: `${path} ${why}` }];
    });
}
/**
 * The alternative against the image's own limits. Growth against the base commit is a rule for
 * the image the pull request changes, not for an image nobody has built yet, so it is left out.
 */
function alternativeBudget(budget, image) {
    return checkBudget(budget, {
        size: image.size,
        compressedSize: image.compressedSize,
        layers: image.layers.length,
        binarySize: largestBinary(image)?.bytes
    });
}

;// CONCATENATED MODULE: ./src/engine/base-digests.ts

/**
 * The digest each base image had for this build: its repository digest when it was pulled from a
 * registry, else its image ID, so a re-tagged or rebuilt base shows as a change too.
 */
async function baseDigestsOf(images, docker = {}) {
    return Promise.all(images.map(async (image) => {
        const result = await runDocker(['image', 'inspect', '--format', '{{json .RepoDigests}} {{.Id}}', image], docker);
        if (result.exitCode !== 0)
            return { image, digest: 'unknown' };
        const [repoDigests, id] = result.stdout.trim().split(' ');
        const digest = JSON.parse(repoDigests ?? '[]')?.[0]?.split('@')[1];
        return { image, digest: digest ?? id ?? 'unknown' };
    }));
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/tools/git.ts





const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/** A git command that failed, with what git said about it. */
class GitError extends Error {
    args;
    stderr;
    constructor(args, stderr) {
        super(`git ${args[0]} failed: ${gitSaid(stderr)}`);
        this.args = args;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/**
 * The line of git's stderr that says what went wrong: its first `fatal:` or `error:` line (the
 * advice git prints after it, such as "and the repository exists.", says nothing on its own), cut
 * to a length a report can show.
 */
function gitSaid(stderr) {
    const lines = stderr
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean);
    const said = lines.find(line => /^(fatal|error):/.test(line)) ?? lines.at(-1) ?? 'no message';
    return said.length > 300 ? `${said.slice(0, 299)}…` : said;
}
async function git(cwd, ...args) {
    try {
        const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
        return stdout.trim();
    }
    catch (error) {
        const failed = error;
        if (failed.code === 'ENOENT')
            throw new GitError(args, 'git is not installed on PATH');
        if (typeof failed.stderr === 'string')
            throw new GitError(args, failed.stderr);
        throw error;
    }
}
async function repositoryRoot(dir) {
    return git(dir, 'rev-parse', '--show-toplevel');
}
/** The commit checked out in `dir`. */
async function headCommit(dir) {
    return git(dir, 'rev-parse', 'HEAD');
}
/** Makes sure `sha` is present, fetching just that commit when the checkout is shallow. */
async function ensureCommit(repo, sha) {
    const present = await git(repo, 'cat-file', '-e', `${sha}^{commit}`).then(() => true, () => false);
    if (!present)
        await git(repo, 'fetch', '--no-tags', '--depth=1', 'origin', sha);
}
/** Checks `sha` out beside the working tree, detached; remove it with the function returned. */
async function addWorktree(repo, sha) {
    const parent = await (0,promises_namespaceObject.mkdtemp)(external_node_path_namespaceObject.join((0,external_node_os_namespaceObject.tmpdir)(), 'go-image-budget-base-'));
    const dir = external_node_path_namespaceObject.join(parent, 'tree');
    await git(repo, 'worktree', 'add', '--detach', dir, sha);
    return {
        dir,
        remove: async () => {
            await git(repo, 'worktree', 'remove', '--force', dir).catch(() => undefined);
            await (0,promises_namespaceObject.rm)(parent, { recursive: true, force: true });
            await git(repo, 'worktree', 'prune').catch(() => undefined);
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/baseline-build.ts






/**
 * Builds the same Dockerfile, context and arguments from a worktree of `commit`. The build cache is
 * shared with the main build, so unchanged steps are not built twice. Never throws: a baseline that
 * cannot be had is reported, and the run goes on without a delta.
 */
async function buildBaseline(inputs, commit, options) {
    let worktree;
    try {
        const repo = await repositoryRoot(external_node_path_namespaceObject.resolve(inputs.context));
        await ensureCommit(repo, commit);
        worktree = await addWorktree(repo, commit);
        const inTree = (p) => external_node_path_namespaceObject.join(worktree.dir, external_node_path_namespaceObject.relative(repo, external_node_path_namespaceObject.resolve(p)));
        const file = inTree(inputs.file);
        if (!(await exists(file)))
            return { status: 'new-image', commit };
        const built = await buildImage({
            ...inputs,
            context: inTree(inputs.context),
            file,
            tag: options.tag,
            onLog: options.progress.output
        }, options.docker);
        if (!built.ok) {
            return {
                status: 'unavailable',
                commit,
                reason: `the base commit did not build: ${built.failure.reason}`
            };
        }
        try {
            const image = await measureImage(options.tag, {
                docker: options.docker,
                cache: options.cache,
                onProgress: options.progress.measuring?.bind(options.progress)
            });
            return {
                status: 'measured',
                commit,
                size: image.size,
                compressedSize: image.compressedSize,
                layers: image.layers.length,
                source: { kind: 'built' }
            };
        }
        finally {
            await removeTags([options.tag], options.docker);
        }
    }
    catch (error) {
        if (!isExpectedFailure(error))
            throw error;
        return { status: 'unavailable', commit, reason: error.message.split('\n')[0] };
    }
    finally {
        await worktree?.remove();
    }
}
function isExpectedFailure(error) {
    return (error instanceof GitError ||
        error instanceof DockerCommandError ||
        error instanceof ImageReadError);
}
async function exists(file) {
    return (0,promises_namespaceObject.access)(file).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/engine/baseline-image.ts


/**
 * `baseline-image`: an image the team already pushes, measured as the engine has it once pulled.
 * Layers whose compressed size is known by digest from an earlier run are not compressed again.
 * Never throws for what the engine or the registry refuses: the run goes on without a delta.
 *
 * This reads the image through the engine (`docker pull`, then `docker save`); a reader of the
 * registry's manifest can take its place behind the same signature.
 */
async function measureBaselineImage(reference, options) {
    const { commit } = options;
    const pull = await runDocker(['pull', '--quiet', reference], options.docker);
    // Offline, or a registry that refuses the token: the engine's copy, if it has one, still says
    // what the team shipped, and the report says it was not pulled.
    const pulled = pull.exitCode === 0;
    if (!pulled)
        options.progress.info(`docker pull ${reference} failed: ${pull.stderr.trim()}`);
    try {
        const id = (await docker(['image', 'inspect', '--format', '{{.Id}}', reference], options.docker)).trim();
        const image = await measureImage(reference, {
            docker: options.docker,
            cache: options.cache,
            onProgress: options.progress.measuring?.bind(options.progress)
        });
        return {
            status: 'measured',
            ...(commit && { commit }),
            image: reference,
            size: image.size,
            compressedSize: image.compressedSize,
            layers: image.layers.length,
            source: { kind: 'image', id, pulled }
        };
    }
    catch (error) {
        if (!(error instanceof DockerCommandError || error instanceof ImageReadError))
            throw error;
        const reason = pulled
            ? error.message.split('\n')[0]
            : `it could not be pulled (${firstLine(pull.stderr)}) and the engine has no copy`;
        return { status: 'unavailable', ...(commit && { commit }), image: reference, reason };
    }
}
function firstLine(text) {
    return text.trim().split('\n')[0] ?? '';
}

;// CONCATENATED MODULE: ./src/engine/baseline.ts


/**
 * The baseline of one image: the baseline image when one is named, else the base commit's
 * measurement as recorded by an earlier run, else the base commit built here.
 */
async function baselineOf(inputs, buildKey, request, options) {
    const { progress } = options;
    if (request.image) {
        const image = request.image;
        return progress.group(`Pull and measure the baseline image ${image}`, () => measureBaselineImage(image, { ...options, commit: request.commit }));
    }
    const { commit } = request;
    if (!commit)
        return undefined;
    const short = commit.slice(0, 7);
    if (request.mode === 'auto' && request.recorded) {
        const recorded = request.recorded;
        const found = await progress.group(`Look for a recorded measurement of ${short}`, async () => {
            const record = await recorded.find({ commit, buildKey, dockerfile: inputs.file });
            progress.info(record
                ? `Found one, so the base commit is not built (build key ${buildKey}).`
                : `None is recorded for build key ${buildKey}: the base commit is built.`);
            return record;
        });
        if (found)
            return { status: 'measured', commit, ...found };
    }
    return progress.group(`Build and measure the base commit ${short}`, () => buildBaseline(inputs, commit, options));
}

;// CONCATENATED MODULE: ./src/engine/original-image.ts




/**
 * Builds the image of the inputs (the one build that writes `cache-to`), or, with `image`, finds
 * the image already in the engine and builds nothing. A name the engine lacks, or a cache export
 * the builder refuses, is the user's to fix: an InputError that says how.
 */
async function originalImage(inputs, tag, progress, docker) {
    if (inputs.image) {
        const name = inputs.image;
        const given = await progress.group(`Use the image ${name}`, () => findImage(name, docker));
        progress.info(`Measuring ${name} (${given.id}) as it is: it is not built here.`);
        return { ok: true, ref: name, built: false, given };
    }
    const built = await progress.group(`Build ${inputs.file}`, () => buildImage({ ...buildRequest(inputs, tag), exportCache: true, onLog: progress.output }, docker));
    if (built.ok)
        return { ok: true, ref: tag, built: true };
    if (/cache export is not supported for the docker driver/i.test(built.failure.reason)) {
        throw new InputError(`${Input.CacheTo}: the builder (the docker driver on the classic image store) cannot export a build cache, as BuildKit says. Create a builder that can (docker/setup-buildx-action, whose docker-container driver exports every cache type) and pass its name in ${Input.Builder}, turn on the containerd image store, or leave ${Input.CacheTo} out`);
    }
    return { ok: false, failure: built.failure };
}
async function findImage(name, docker) {
    const inspected = await runDocker(['image', 'inspect', '--format', '{{.Id}}', name], docker);
    const id = inspected.stdout.trim();
    if (inspected.exitCode !== 0 || id === '') {
        throw new InputError(`${Input.Image}: the Docker engine has no image ${JSON.stringify(name)}. Load it before this step: docker/build-push-action with load: true (and the same name in its tags), or docker pull ${name}`);
    }
    return { name, id };
}

;// CONCATENATED MODULE: ./src/engine/analyze.ts
















/**
 * One analysis, shared by the action and the CLI: build → measure → budget → alternative.
 * Everything it tags is removed before it returns, whatever happened.
 */
async function analyze(inputs, options) {
    const { progress } = options;
    const bytes = await readDockerfile(inputs.file);
    const runId = options.runId ?? (0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex');
    const tags = [];
    const buildKey = buildKeyOf(inputs);
    const header = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        dockerfile: inputs.file,
        context: inputs.context,
        target: inputs.target,
        buildKey
    };
    if (inputs.platform)
        await checkPlatform(inputs.platform, inputs.builder, options.docker);
    const unreadable = unreadableDockerfile(bytes);
    if (unreadable)
        return { ...header, kind: 'build-failed', failure: { ...unreadable, tail: [] } };
    const dockerfile = new TextDecoder().decode(bytes);
    try {
        const original = await originalImage(inputs, `go-image-budget:${runId}-original`, progress, options.docker);
        if (!original.ok)
            return { ...header, kind: 'build-failed', failure: original.failure };
        // Only what this run made goes: never the image the `image` input named.
        if (original.built)
            tags.push(original.ref);
        const tag = original.ref;
        const { finalStage, fromImages } = stageFactsOf(dockerfile, inputs.target, inputs.buildArgs);
        const { image, filesystem } = await progress.group('Measure the image', () => measureImageAndFilesystem(tag, {
            docker: options.docker,
            baseImage: finalStage?.baseImage,
            cache: options.cache,
            onProgress: progress.measuring?.bind(progress)
        }));
        const baseline = options.baseline
            ? await baselineOf(inputs, buildKey, options.baseline, {
                ...options,
                tag: `go-image-budget:${runId}-baseline`
            })
            : undefined;
        const bases = await baseDigestsOf(fromImages, options.docker);
        const budget = checkBudget(inputs.budget, {
            size: image.size,
            compressedSize: image.compressedSize,
            layers: image.layers.length,
            baseline: baseline && baselineFigure(baseline),
            binarySize: largestBinary(image)?.bytes
        });
        const alternative = inputs.alternative === 'none'
            ? skippedAlternative()
            : await progress.group('Generate and verify the scratch alternative', () => buildAlternative(inputs, dockerfile, { tag, image, filesystem }, `go-image-budget:${runId}-scratch`, made => tags.push(made), options));
        return {
            ...header,
            kind: 'measured',
            image,
            baseline,
            budget,
            alternative,
            fromLine: finalStage?.fromLine,
            bases,
            givenImage: original.built ? undefined : original.given
        };
    }
    finally {
        await removeTags(tags, options.docker);
    }
}
/** The base commit's size for the growth rule, or why there is none to compare with. */
function baselineFigure(baseline) {
    if (baseline.status === 'measured')
        return { size: baseline.size };
    if (baseline.status === 'new-image') {
        return { unavailable: `the base commit ${baseline.commit.slice(0, 7)} has no such Dockerfile` };
    }
    return { unavailable: baseline.reason };
}
/**
 * A well-formed platform BuildKit does not know fails late, as a registry lookup of a manifest
 * that cannot exist: say so first, with what the builder builds.
 */
async function checkPlatform(platform, builder, docker) {
    const unknown = unknownPlatformPart(platform);
    if (!unknown)
        return;
    const builds = await builderPlatforms(builder, docker);
    const offered = builds
        ? `; the builder ${JSON.stringify(builds.builder)} builds ${builds.platforms.join(', ')}`
        : '';
    throw new InputError(`platform: ${JSON.stringify(platform)} names an unknown ${unknown}${offered} (the form is ${PLATFORM_FORMS})`);
}
async function readDockerfile(file) {
    try {
        return await (0,promises_namespaceObject.readFile)(file);
    }
    catch {
        throw new InputError(`file: no Dockerfile at ${JSON.stringify(file)}; set file to its path, or context to the folder that holds a Dockerfile`);
    }
}

;// CONCATENATED MODULE: ./src/report/json.ts
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** One report for one image, an object keyed by Dockerfile path for several. */
function jsonReportOf(reports) {
    return reports.length === 1
        ? reports[0]
        : Object.fromEntries(reports.map(report => [report.dockerfile, report]));
}

;// CONCATENATED MODULE: ./src/report/escape.ts
// Anything a Dockerfile, a build log or a pull request supplies is hostile: it must render as the
// same text it was, with no HTML, no mentions that ping, no links or images, and no way out of a
// table cell or a code block.
// Parentheses and + are left alone: with brackets escaped no link can form, and this text never
// starts a line, where + would begin a list.
const INLINE_SPECIALS = /[\\`*_{}[\]#!|~<>&@]/g;
const ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '@': '&#64;' };
/** Plain text made safe for one line of Markdown, a table cell included. */
function escapeInline(text, maxLength = 300) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    return cut.replace(INLINE_SPECIALS, char => ENTITIES[char] ?? `\\${char}`);
}
/** A fenced code block whose fence is longer than any backtick run inside, so it cannot be closed early. */
function codeBlock(text, language = '') {
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}
/** Inline code that stays inline code whatever backticks or pipes it holds. */
function escape_inlineCode(text, maxLength = 120) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    // A pipe ends a table cell even inside backticks, and an HTML entity is not decoded there,
    // so pipes become a look-alike character instead.
    const safe = cut.replace(/\|/g, '¦');
    const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map(run => run.length));
    const ticks = '`'.repeat(longestRun + 1);
    const pad = safe.startsWith('`') || safe.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${safe}${pad}${ticks}`;
}

;// CONCATENATED MODULE: ./src/report/delta.ts

/** A mark for how much an image grew: the thresholds reviewers told apart at a glance. */
function growthMark(percent) {
    if (percent < 0)
        return '🟢';
    if (percent >= 50)
        return '🚨';
    if (percent >= 20)
        return '🔴';
    if (percent >= 10)
        return '🟠';
    if (percent >= 5)
        return '🟡';
    return '';
}
/** One line on how the image changed against the base branch, in plain text (no Markdown). */
function describeBaseline(baseline, image) {
    const against = baselineName(baseline);
    if (baseline.status === 'new-image')
        return `New image: the base commit ${shortCommit(baseline.commit)} has no such Dockerfile.`;
    if (baseline.status === 'unavailable')
        return `No comparison with ${against}: ${baseline.reason}`;
    const layers = image.layers.length - baseline.layers;
    if (image.size === baseline.size &&
        image.compressedSize === baseline.compressedSize &&
        layers === 0) {
        return `Unchanged against ${against}.`;
    }
    const mark = growthMark(percentOf(image.size - baseline.size, baseline.size));
    return [
        `${mark ? `${mark} ` : ''}Against ${against}: size ${formatChange(baseline.size, image.size)}`,
        `compressed ${formatChange(baseline.compressedSize, image.compressedSize)}`,
        `layers ${formatCountChange(baseline.layers, image.layers.length)}`
    ].join(', ');
}
/**
 * Where a measured baseline came from, in plain text: `recorded on main at abc1234, 3 h ago`,
 * `built from abc1234`, or `pulled from ghcr.io/acme/api:main (sha256:0123456789ab)`.
 */
function describeBaselineSource(baseline) {
    if (baseline.status !== 'measured')
        return undefined;
    const { source } = baseline;
    const commit = baseline.commit ? shortCommit(baseline.commit) : 'the base commit';
    switch (source.kind) {
        case 'built':
            return `built from ${commit}`;
        case 'recorded': {
            const where = source.branch
                ? `on ${source.branch}`
                : source.store === 'runner-cache'
                    ? 'in the runner cache'
                    : 'in the drift history';
            return `recorded ${where} at ${commit}, ${formatAge(source.ageSeconds)}`;
        }
        case 'image': {
            const id = source.id.replace(/^sha256:/, '').slice(0, 12);
            return source.pulled
                ? `pulled from ${baseline.image} (${id})`
                : `the engine's copy of ${baseline.image} (${id}), which could not be pulled`;
        }
    }
}
/** `the base commit abc1234`, or `the image ghcr.io/acme/api:main` for baseline-image. */
function baselineName(baseline) {
    if (baseline.status !== 'new-image' && baseline.image)
        return `the image ${baseline.image}`;
    return `the base commit ${shortCommit(baseline.commit ?? '')}`;
}
function shortCommit(commit) {
    return commit.slice(0, 7);
}

;// CONCATENATED MODULE: ./src/report/markdown-image.ts


const WASTE_WORTH_SHOWING = 1_000_000;
/** Where the bytes of an image are: base versus own layers, each layer, largest files, waste. Collapsed. */
function imageDetails(image, options = {}) {
    const sections = [
        baseSplit(image),
        layerTable(image, options.maxLayers),
        largestFiles(image),
        waste(image)
    ].filter(s => s !== '');
    return ['<details><summary>Where the bytes are</summary>', ...sections, '</details>'].join('\n\n');
}
function baseSplit(image) {
    if (!image.base)
        return `All ${format_formatBytes(image.size)} are your own layers (no base image).`;
    const own = image.size - image.base.size;
    return `Base ${escape_inlineCode(image.base.image)}: ${format_formatBytes(image.base.size)} (${format_formatPercent(percentOf(image.base.size, image.size))}) in ${image.base.layers} ${image.base.layers === 1 ? 'layer' : 'layers'}; your layers: ${format_formatBytes(own)} (${format_formatPercent(percentOf(own, image.size))}).`;
}
/** Every layer in order, or only the `maxLayers` largest when the table must be short. */
function layerTable(image, maxLayers = Infinity) {
    const shown = image.layers.length <= maxLayers
        ? image.layers
        : [...image.layers]
            .sort((a, b) => b.size - a.size)
            .slice(0, maxLayers)
            .sort((a, b) => a.index - b.index);
    const note = shown.length < image.layers.length
        ? `\n\nThe ${shown.length} largest of ${image.layers.length} layers.`
        : '';
    const rows = shown.map(layer => `| ${layer.index + 1} | ${escape_inlineCode(layer.instruction || '(no history)', 80)} | ${format_formatBytes(layer.size)} | ${format_formatBytes(layer.compressedSize)} | ${layer.files.toLocaleString('en-US')} |`);
    return ([
        '| # | Instruction | Size | Compressed | Files |',
        '| ---: | --- | ---: | ---: | ---: |',
        ...rows
    ].join('\n') + note);
}
function largestFiles(image) {
    if (image.largestFiles.length === 0)
        return '';
    const rows = image.largestFiles.map(file => `| ${escape_inlineCode(file.path, 100)} | ${format_formatBytes(file.bytes)} |`);
    return ['| Largest files | Size |', '| --- | ---: |', ...rows].join('\n');
}
function waste(image) {
    if (image.wasted.bytes < WASTE_WORTH_SHOWING)
        return '';
    const paths = image.wasted.paths.map(file => `- ${escape_inlineCode(file.path, 100)}: ${format_formatBytes(file.bytes)}`);
    return [
        `**Wasted: ${format_formatBytes(image.wasted.bytes)}** in files a later layer overwrites or deletes:`,
        ...paths
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown-inside.ts



const BAR_WIDTH = 20;
const OTHER_BINARIES_SHOWN = 5;
const ITEMS_SHOWN = 4;
/**
 * What is inside, collapsed: the program's largest Go binary by module and section with a bar
 * for each part's share of the file, how it was built, the other binaries, and the attack
 * surface of the image beside the alternative's. Empty when neither was read.
 */
function whatIsInside(image, alternative) {
    const binaries = programBinaries(image);
    const surface = surfaceTable(image, alternative);
    if (binaries.length === 0 && surface === '')
        return '';
    const [largest, ...others] = binaries;
    const parts = [];
    if (largest) {
        const facts = buildFacts(largest).map(fact => escapeInline(fact, 200));
        const strip = largest.strippable > 0
            ? ` Stripping (\`-ldflags="-s -w"\`) would save **${format_formatBytes(largest.strippable)}** (symbol table and DWARF).`
            : '';
        parts.push(`**${escape_inlineCode(largest.path, 100)}**: ${format_formatBytes(largest.bytes)}${largest.mainModule ? `, module ${escape_inlineCode(largest.mainModule, 100)}` : ''}; ${facts.join(', ')}.${strip}`);
        if (largest.modules.length > 0)
            parts.push(partsTable(largest));
    }
    if (others.length > 0) {
        const shown = others.slice(0, OTHER_BINARIES_SHOWN).map(binary => {
            const version = binary.goVersion ? ` (${escapeInline(binary.goVersion, 40)})` : '';
            return `${escape_inlineCode(binary.path, 100)} ${format_formatBytes(binary.bytes)}${version}`;
        });
        const more = others.length - shown.length;
        parts.push(`Other Go binaries: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`);
    }
    if (surface)
        parts.push(surface);
    return ['<details><summary>What is inside</summary>', ...parts, '</details>'].join('\n\n');
}
function partsTable(binary) {
    const rows = binaryParts(binary).map(part => {
        const share = percentOf(part.bytes, binary.bytes);
        const name = part.kind === 'module'
            ? `${escape_inlineCode(part.name, 80)}${part.version ? ` ${escapeInline(part.version, 40)}` : ''}`
            : part.kind === 'section'
                ? `${escape_inlineCode(part.name, 40)} (not code)`
                : escapeInline(part.name);
        return `| ${name} | ${format_formatBytes(part.bytes)} | ${bar(share)} ${format_formatPercent(share)} |`;
    });
    return ['| Module or section | Size | Share of the file |', '| --- | ---: | --- |', ...rows].join('\n');
}
function bar(percent) {
    const cells = Math.round((percent / 100) * BAR_WIDTH);
    return cells === 0 ? '▏' : '█'.repeat(cells);
}
function surfaceTable(image, alternative) {
    const rows = surfaceRows(image, alternative);
    if (rows.length === 0)
        return '';
    const withAlternative = rows.some(row => row.alternative);
    const head = withAlternative
        ? ['| Attack surface | Current | Scratch alternative |', '| --- | --- | --- |']
        : ['| Attack surface | Current |', '| --- | --- |'];
    return [
        ...head,
        ...rows.map(row => {
            const cells = [row.label, cell(row.current)];
            if (withAlternative)
                cells.push(row.alternative ? cell(row.alternative) : '');
            return `| ${cells.join(' | ')} |`;
        })
    ].join('\n');
}
function cell(value) {
    if ('text' in value)
        return escapeInline(value.text, 60);
    if ('count' in value)
        return value.count.toLocaleString('en-US');
    if (value.items.length === 0)
        return 'none';
    const shown = value.items.slice(0, ITEMS_SHOWN).map(item => escape_inlineCode(item, 60));
    const more = value.items.length - shown.length;
    return `${value.items.length}: ${shown.join(', ')}${more > 0 ? `, +${more}` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/wording.ts


// Words and marks shared by the Markdown and terminal reports, so both say the same thing.
const wording_STATUS_LABEL = {
    verified: 'verified',
    differs: 'behaves differently',
    'did-not-start': 'builds but did not start',
    'build-failed': 'did not build',
    'not-possible': 'scratch cannot run it',
    'not-applicable': 'no Go build found',
    skipped: 'not generated'
};
const wording_STATUS_MARK = {
    verified: '✅',
    differs: '⚠️',
    'did-not-start': '❌',
    'build-failed': '❌',
    'not-possible': '🚫',
    'not-applicable': '➖',
    skipped: '➖'
};
/** `≤ 50 MB, ≤ 10 layers`, or `none` when no limit is set. */
function wording_describeBudget(verdict) {
    const limits = [
        ...verdict.checks.map(describeLimit),
        ...verdict.unchecked.map(describeUncheckedLimit)
    ];
    return limits.length === 0 ? 'none' : limits.join(', ');
}
function describeUncheckedLimit(rule) {
    const limit = rule.name === 'increase' ? `growth ≤ ${rule.limit}` : `${rule.name} ≤ ${rule.limit}`;
    return `${limit} (not checked)`;
}
function describeLimit(check) {
    switch (check.name) {
        case 'layers':
            return `≤ ${check.limit} layers`;
        case 'increase':
            return `growth ≤ ${format_formatBytes(check.limit)}`;
        case 'warn size':
            return `warn > ${format_formatBytes(check.limit)}`;
        case 'compressed size':
            return `≤ ${format_formatBytes(check.limit)} compressed`;
        case 'size':
            return `≤ ${format_formatBytes(check.limit)}`;
        case 'binary size':
            return `binary ≤ ${format_formatBytes(check.limit)}`;
    }
}
/**
 * `within budget` / `over budget: size 770 MB of 50 MB`, with any warn-size warning after it and
 * each limit that could not be checked (`not checked: increase (5%): …`): never `within budget`
 * on a limit that was not checked.
 */
function wording_describeVerdict(verdict) {
    const notChecked = describeUnchecked(verdict).map(rule => `not checked: ${rule}`);
    if (verdict.checks.length === 0)
        return notChecked.length === 0 ? 'no budget set' : notChecked.join('; ');
    const over = breaches(verdict);
    const warned = warnings(verdict).map(check => `warning: size ${check.detail}`);
    const verdictText = over.length > 0
        ? `over budget: ${over.map(c => `${c.name} ${c.detail}`).join(', ')}`
        : notChecked.length > 0
            ? 'within the checked limits'
            : 'within budget';
    return [verdictText, ...warned, ...notChecked].join('; ');
}
/** What decided the alternative's CA bundle and time zone database, as a report says it. */
function describeNeedsEvidence(from) {
    if (from === 'binary')
        return "run-time files (CA bundle, time zones) decided from the shipped binaries' function tables";
    if (from === 'sources')
        return 'run-time files (CA bundle, time zones) decided from a scan of the Go sources: a shipped binary was not read';
    return undefined;
}
/** What was measured when the `image` input named it; `code` renders the name and ID. */
function describeGivenImage(given, code = text => text) {
    return `Measured the image ${code(given.name)} (${code(shortId(given.id))}) as the image input gave it: it was not built here.`;
}
/** `sha256:` and the first 12 hex digits, as `docker images` shows an ID. */
function shortId(id) {
    return id.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts







/** GitHub refuses a comment body longer than this. */
const COMMENT_LIMIT = 65_536;
// Room for the hidden marker line the comment module puts above the body.
const MARKER_ROOM = 300;
/**
 * The report as GitHub Markdown: the PR comment body and the job summary share it. When it would
 * pass `maxLength`, the collapsed details shrink and then go, the verdict never.
 */
function renderMarkdown(report, maxLength = COMMENT_LIMIT - MARKER_ROOM) {
    const title = `### go-image-budget: ${escape_inlineCode(report.dockerfile)}${targetNote(report)}`;
    if (report.kind === 'build-failed')
        return `${title}\n\n${buildFailed(report)}\n`;
    const essentials = [title, ...markdown_measured(report)];
    // The first step of details that fits wins.
    for (const { details, cut } of detailSteps(report)) {
        const text = join([...essentials, ...details, cut ? CUT_NOTE : '']);
        if (text.length <= maxLength)
            return text;
    }
    return join([...essentials, CUT_NOTE]).slice(0, maxLength);
}
/**
 * Several images in one body: a verdict row per image, then each image's details collapsed. Past
 * `maxLength`, the image whose details are longest gives up one step of them at a time (as
 * `renderMarkdown` does, and at last all of them) until the body fits; the table never.
 */
function renderManyMarkdown(reports, maxLength = COMMENT_LIMIT - MARKER_ROOM) {
    const [only] = reports;
    if (only && reports.length === 1)
        return renderMarkdown(only, maxLength);
    const head = [
        `### go-image-budget: ${reports.length} images${only ? targetNote(only) : ''}`,
        verdictTable(reports),
        tally(reports)
    ];
    const sections = reports.map(report => sectionSteps(report));
    const chosen = sections.map(() => 0);
    const parts = () => {
        const shown = sections.map((steps, i) => steps[chosen[i]]);
        return [...head, ...shown.map(step => step.text), shown.some(step => step.cut) ? CUT_NOTE : ''];
    };
    // Lengths, not texts, while choosing: a step per image, and there may be hundreds of images.
    while (joinedLength(parts()) > maxLength) {
        const longest = longestShortenable(sections, chosen);
        if (longest === undefined)
            return join(parts()).slice(0, maxLength);
        chosen[longest] = chosen[longest] + 1;
    }
    return join(parts());
}
/** The image whose shown details are longest and can still give some up. */
function longestShortenable(sections, chosen) {
    let longest;
    sections.forEach((steps, i) => {
        const step = chosen[i];
        if (step >= steps.length - 1)
            return;
        if (longest === undefined ||
            steps[step].text.length >= sections[longest][chosen[longest]].text.length)
            longest = i;
    });
    return longest;
}
function sectionSteps(report) {
    const section = (parts) => [`<details><summary>${sectionSummary(report)}</summary>`, ...parts, '</details>']
        .filter(part => part !== '')
        .join('\n\n');
    const dropped = { text: '', cut: true };
    if (report.kind === 'build-failed') {
        return [
            { text: section([buildFailed(report)]), cut: false },
            { text: section([failureHeadline(report)]), cut: true },
            dropped
        ];
    }
    const essentials = markdown_measured(report);
    return [
        ...detailSteps(report).map(({ details, cut }) => ({
            text: section([...essentials, ...details]),
            cut
        })),
        dropped
    ];
}
/**
 * What an image's details give up, a step at a time: first the long layer table, then where the
 * bytes are, then what is inside, then the rest; `cut` once a reader may miss something.
 */
function detailSteps(report) {
    const { image, alternative } = report;
    const dockerfile = generatedDockerfile(alternative);
    const inside = whatIsInside(image, alternative.image);
    return [
        { details: [dockerfile, imageDetails(image), inside], cut: false },
        { details: [dockerfile, imageDetails(image, { maxLayers: 20 }), inside], cut: false },
        { details: [dockerfile, inside], cut: true },
        { details: [dockerfile], cut: true },
        { details: [], cut: true }
    ];
}
function targetNote(report) {
    return report.target ? ` (target ${escape_inlineCode(report.target)})` : '';
}
function verdictTable(reports) {
    const rows = reports.map(report => {
        const file = inlineCode(report.dockerfile);
        if (report.kind === 'build-failed')
            return `| ${file} | | | | | ❌ did not build | |`;
        const { image, alternative } = report;
        const altImage = alternative.image;
        const saved = altImage && alternative.savings
            ? `, ${formatBytes(altImage.size)} (saves ${formatPercent(alternative.savings.percent)})`
            : '';
        return `| ${file} | ${formatBytes(image.size)}${growth(report)} | ${formatBytes(image.compressedSize)} | ${image.layers.length} | ${describeBudget(report.budget)} | ${verdictMark(report.budget)} ${verdictText(report.budget)} | ${STATUS_MARK[alternative.status]} ${STATUS_LABEL[alternative.status]}${saved} |`;
    });
    return [
        '| Dockerfile | Size | Compressed | Layers | Budget | Verdict | Scratch alternative |',
        '| --- | ---: | ---: | ---: | --- | --- | --- |',
        ...rows
    ].join('\n');
}
/** ` (+3 MB)` against the base branch, so a reviewer sees which image grew without opening it. */
function growth(report) {
    const base = report.baseline;
    if (base?.status !== 'measured' || base.size === report.image.size)
        return '';
    return ` (${formatDelta(report.image.size - base.size)})`;
}
function tally(reports) {
    const failed = reports.filter(report => report.kind === 'build-failed').length;
    const over = reports.filter(report => report.kind === 'measured' && !report.budget.within).length;
    const unchecked = reports.filter(report => report.kind === 'measured' && report.budget.unchecked.length > 0).length;
    const counts = [
        over > 0 ? `${over} over budget` : '',
        unchecked > 0 ? `${unchecked} with a limit not checked` : '',
        failed > 0 ? `${failed} did not build` : ''
    ].filter(count => count !== '');
    return counts.length === 0
        ? `All ${reports.length} images built${reports.some(r => r.kind === 'measured' && r.budget.checks.length > 0) ? ' and are within budget' : ''}.`
        : `**${counts.join(', ')}** of ${reports.length} images.`;
}
/** The always-visible line of an image's details. HTML, not Markdown: GitHub renders no Markdown there. */
function sectionSummary(report) {
    const file = `<code>${htmlText(report.dockerfile)}</code>`;
    if (report.kind === 'build-failed')
        return `❌ ${file}: did not build`;
    return `${verdictMark(report.budget)} ${file}: ${htmlText(describeVerdict(report.budget))}`;
}
// Mentions and references are not linked inside <code>; the entities keep the text from being HTML.
function htmlText(text, maxLength = 200) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    return cut.replace(/[&<>"'@]/g, char => `&#${char.charCodeAt(0)};`);
}
const CUT_NOTE = "_Details were cut to stay within GitHub's comment limit; the job summary and the JSON report have all of them._";
function join(parts) {
    return `${parts.filter(part => part !== '').join('\n\n')}\n`;
}
/** `join(parts).length`, without building the text. */
function joinedLength(parts) {
    const shown = parts.filter(part => part !== '');
    return shown.reduce((sum, part) => sum + part.length, 0) + 2 * Math.max(0, shown.length - 1) + 1;
}
function buildFailed(report) {
    const { tail } = report.failure;
    if (tail.length === 0)
        return failureHeadline(report);
    return [failureHeadline(report), '', codeBlock(tail.join('\n'), 'text')].join('\n');
}
/** The failing step and the reason, without the log tail. */
function failureHeadline(report) {
    const { failure } = report;
    const where = failure.line ? ` (${escape_inlineCode(report.dockerfile)} line ${failure.line})` : '';
    return [
        `❌ **The image did not build.**${failure.step ? ` Failing step: ${escape_inlineCode(failure.step)}${where}` : where}`,
        '',
        escapeInline(failure.reason, 500)
    ].join('\n');
}
function markdown_measured(report) {
    const { image, alternative } = report;
    const rows = [
        '| Image | Size | Compressed | Layers | Budget | Verdict |',
        '| --- | ---: | ---: | ---: | --- | --- |',
        `| Current | ${format_formatBytes(image.size)} | ${format_formatBytes(image.compressedSize)} | ${image.layers.length} | ${wording_describeBudget(report.budget)} | ${verdictMark(report.budget)} ${verdictText(report.budget)} |`
    ];
    if (alternative.image) {
        const limits = alternative.budget ? wording_describeBudget(alternative.budget) : '';
        rows.push(`| Scratch alternative | ${format_formatBytes(alternative.image.size)} | ${format_formatBytes(alternative.image.compressedSize)} | ${alternative.image.layers.length} | ${limits} | ${wording_STATUS_MARK[alternative.status]} ${wording_STATUS_LABEL[alternative.status]} |`);
    }
    if (report.baseline?.status === 'measured') {
        const base = report.baseline;
        const name = base.image
            ? `Baseline image (${escape_inlineCode(base.image)})`
            : `Base branch (${escape_inlineCode((base.commit ?? '').slice(0, 7))})`;
        rows.push(`| ${name} | ${format_formatBytes(base.size)} | ${format_formatBytes(base.compressedSize)} | ${base.layers} | | |`);
    }
    const source = report.baseline && describeBaselineSource(report.baseline);
    const baseline = report.baseline
        ? [
            `**${escapeInline(describeBaseline(report.baseline, image), 400)}**`,
            source ? `_Baseline ${escapeInline(source, 300)}._` : ''
        ]
            .filter(line => line !== '')
            .join('\n')
        : '';
    const given = report.givenImage ? describeGivenImage(report.givenImage, escape_inlineCode) : '';
    return [rows.join('\n'), given, baseline, savingsLine(report), alternativeSection(alternative)];
}
function verdictMark(verdict) {
    if (!verdict.within)
        return '❌';
    if (verdict.unchecked.length > 0)
        return '⚠️';
    if (verdict.checks.length === 0)
        return 'ℹ️';
    return warnings(verdict).length > 0 ? '⚠️' : '✅';
}
// The reasons of limits not checked come from git and docker: escaped like any other outside text.
function verdictText(verdict) {
    return escapeInline(wording_describeVerdict(verdict), 600);
}
function savingsLine(report) {
    const { savings, image } = report.alternative;
    if (!savings || !image)
        return '';
    if (savings.bytes <= 0)
        return `The scratch alternative saves nothing (${format_formatBytes(image.size)}).`;
    return `**Saving: ${format_formatBytes(savings.bytes)} (${format_formatPercent(savings.percent)})**, ${formatExactBytes(report.image.size)} → ${formatExactBytes(image.size)}.`;
}
function alternativeSection(alternative) {
    const parts = [
        `**Scratch alternative:** ${wording_STATUS_MARK[alternative.status]} ${wording_STATUS_LABEL[alternative.status]}: ${escapeInline(alternative.summary, 500)}`
    ];
    if (alternative.blockers.length > 0) {
        parts.push(alternative.blockers.map(b => `- line ${b.line}: ${escapeInline(b.message)}`).join('\n'));
    }
    if (alternative.nearest)
        parts.push(`Nearest base that can run it: ${escape_inlineCode(alternative.nearest)}.`);
    if (alternative.gaps?.length) {
        parts.push(`Already minimal; what is left:\n${alternative.gaps.map(gap => `- ${escapeInline(gap)}`).join('\n')}`);
    }
    if (alternative.details?.length)
        parts.push(codeBlock(alternative.details.join('\n'), 'text'));
    if (alternative.buildFailure) {
        const failure = alternative.buildFailure;
        parts.push(`Failing step: ${escape_inlineCode(failure.step ?? failure.reason)}\n\n${codeBlock(failure.tail.join('\n'), 'text')}`);
    }
    if (alternative.warnings.length > 0) {
        parts.push(alternative.warnings.map(w => `- ⚠️ line ${w.line}: ${escapeInline(w.message)}`).join('\n'));
    }
    return parts.join('\n\n');
}
function generatedDockerfile(alternative) {
    if (!alternative.dockerfile)
        return '';
    const evidence = describeNeedsEvidence(alternative.runtimeNeedsFrom);
    const changes = [...alternative.changes, ...(evidence ? [evidence] : [])]
        .map(change => `- ${escapeInline(change)}`)
        .join('\n');
    return [
        '<details><summary>Generated Dockerfile (FROM scratch), ready to copy</summary>',
        '',
        codeBlock(alternative.dockerfile, 'dockerfile'),
        '',
        changes ? `What it changed and why:\n\n${changes}` : '',
        '</details>'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/columns.ts
/**
 * Rows of plain text as aligned columns, two spaces apart: numbers (the columns named in
 * `numeric`) flush right, words flush left, no trailing spaces.
 */
function alignColumns(rows, numeric) {
    const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map(row => (row[column] ?? '').length)));
    return rows.map(row => row
        .map((cell, column) => numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd());
}

;// CONCATENATED MODULE: ./src/report/terminal-inside.ts



const terminal_inside_ITEMS_SHOWN = 4;
/** What is inside, as the Markdown says it, in aligned plain text; no lines when nothing was read. */
function insideLines(image, alternative) {
    const [largest, ...others] = programBinaries(image);
    const lines = [];
    if (largest) {
        lines.push(`what is inside ${largest.path}: ${format_formatBytes(largest.bytes)}${largest.mainModule ? `, module ${largest.mainModule}` : ''}; ${buildFacts(largest).join(', ')}`);
        if (largest.strippable > 0) {
            lines.push(`  stripping (-ldflags="-s -w") would save ${format_formatBytes(largest.strippable)}`);
        }
        const rows = binaryParts(largest).map(part => [
            `  ${part.kind === 'section' ? `${part.name} (not code)` : part.name}${part.version ? ` ${part.version}` : ''}`,
            format_formatBytes(part.bytes),
            format_formatPercent(percentOf(part.bytes, largest.bytes))
        ]);
        if (largest.modules.length > 0)
            lines.push(...alignColumns(rows, new Set([1, 2])));
    }
    for (const binary of others.slice(0, 5)) {
        lines.push(`  also ${binary.path}: ${format_formatBytes(binary.bytes)}${binary.goVersion ? ` (${binary.goVersion})` : ''}`);
    }
    const surface = surfaceRows(image, alternative);
    if (surface.length > 0) {
        const withAlternative = surface.some(row => row.alternative);
        const head = ['attack surface', 'current', ...(withAlternative ? ['scratch alternative'] : [])];
        const rows = surface.map(row => [
            `  ${row.label.toLowerCase()}`,
            terminal_inside_text(row.current),
            ...(withAlternative ? [row.alternative ? terminal_inside_text(row.alternative) : ''] : [])
        ]);
        lines.push(...alignColumns([head, ...rows], new Set()));
    }
    return lines;
}
function terminal_inside_text(value) {
    if ('text' in value)
        return value.text;
    if ('count' in value)
        return String(value.count);
    if (value.items.length === 0)
        return 'none';
    const shown = value.items.slice(0, terminal_inside_ITEMS_SHOWN);
    const more = value.items.length - shown.length;
    return `${value.items.length} (${shown.join(', ')}${more > 0 ? `, +${more}` : ''})`;
}

;// CONCATENATED MODULE: ./src/report/terminal.ts





/** The report for a terminal: the same facts as the Markdown, as aligned plain text. */
function renderTerminal(report) {
    const heading = `go-image-budget: ${report.dockerfile}${report.target ? ` (target ${report.target})` : ''}`;
    if (report.kind === 'build-failed') {
        const { failure } = report;
        return [
            heading,
            '',
            `The image did not build${failure.step ? ` at ${failure.step}` : ''}${failure.line ? ` (line ${failure.line})` : ''}:`,
            `  ${failure.reason}`,
            '',
            ...failure.tail.map(line => `  | ${line}`),
            ''
        ].join('\n');
    }
    const inside = insideLines(report.image, report.alternative.image);
    return [
        heading,
        '',
        table(report),
        '',
        ...alternativeLines(report),
        ...(inside.length > 0 ? ['', ...inside] : []),
        ''
    ].join('\n');
}
function table(report) {
    const rows = [
        ['image', 'size', 'compressed', 'layers', 'budget', 'verdict'],
        [
            'current',
            format_formatBytes(report.image.size),
            format_formatBytes(report.image.compressedSize),
            String(report.image.layers.length),
            wording_describeBudget(report.budget),
            wording_describeVerdict(report.budget)
        ]
    ];
    const { alternative } = report;
    if (alternative.image) {
        rows.push([
            'scratch alternative',
            format_formatBytes(alternative.image.size),
            format_formatBytes(alternative.image.compressedSize),
            String(alternative.image.layers.length),
            alternative.budget ? wording_describeBudget(alternative.budget) : '',
            wording_STATUS_LABEL[alternative.status]
        ]);
    }
    return alignColumns(rows, new Set([1, 2, 3])).join('\n');
}
function alternativeLines(report) {
    const { alternative, image } = report;
    const lines = [`scratch alternative: ${wording_STATUS_LABEL[alternative.status]}: ${alternative.summary}`];
    if (report.baseline) {
        const source = describeBaselineSource(report.baseline);
        lines.unshift(...[describeBaseline(report.baseline, image), source ? `baseline ${source}` : ''].filter(line => line !== ''));
    }
    if (report.givenImage)
        lines.unshift(describeGivenImage(report.givenImage));
    if (alternative.savings && alternative.image && alternative.savings.bytes > 0) {
        lines.push(`saving: ${format_formatBytes(alternative.savings.bytes)} (${format_formatPercent(alternative.savings.percent)}), ${formatExactBytes(image.size)} -> ${formatExactBytes(alternative.image.size)}`);
    }
    if (image.base) {
        lines.push(`base ${image.base.image}: ${format_formatBytes(image.base.size)} (${format_formatPercent(percentOf(image.base.size, image.size))}), your layers: ${format_formatBytes(image.size - image.base.size)}`);
    }
    for (const blocker of alternative.blockers)
        lines.push(`  blocker, line ${blocker.line}: ${blocker.message}`);
    if (alternative.nearest)
        lines.push(`  nearest base that can run it: ${alternative.nearest}`);
    for (const gap of alternative.gaps ?? [])
        lines.push(`  left to gain: ${gap}`);
    for (const warning of alternative.warnings)
        lines.push(`  warning, line ${warning.line}: ${warning.message}`);
    for (const detail of alternative.details ?? [])
        lines.push(`  | ${detail}`);
    if (alternative.dockerfile) {
        const evidence = describeNeedsEvidence(alternative.runtimeNeedsFrom);
        lines.push('', 'changes:', ...alternative.changes.map(change => `  - ${change}`));
        if (evidence)
            lines.push(`  - ${evidence}`);
        lines.push('', 'generated Dockerfile:', ...alternative.dockerfile
            .trimEnd()
            .split('\n')
            .map(line => `  ${line}`));
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/args.ts



const USAGE = `Usage: go-image-budget [options]

Builds the image, measures it, checks the budget and proves a FROM scratch alternative.

  --context DIR           build context (default .)
  --file PATH             Dockerfile (default CONTEXT/Dockerfile)
  --target STAGE          build target
  --build-arg KEY=VALUE   build argument (repeatable)
  --platform OS/ARCH      target platform
  --builder NAME          buildx builder
  --max-size SIZE         budget, e.g. 25MB, 1.5GiB, 30000000
  --max-compressed-size SIZE
  --max-layers N
  --max-binary-size SIZE  largest Go binary of the image's own layers, same forms as --max-size
  --alternative MODE      scratch (default) or none
  --go-package PKG        main package when make or a script builds it, e.g. ./cmd/server
  --baseline-image REF    compare with this image (pulled and measured, not built),
                          e.g. ghcr.io/acme/api:main
  --image NAME            measure this image from the engine as it is instead of building it;
                          the alternative is still generated from the Dockerfile
  --verify-arg ARG        argument passed to both images when verifying (repeatable)
  --verify-port PORT      port to probe over HTTP (default: the image's EXPOSE)
  --verify-path PATH      HTTP path to probe (default /)
  --verify-timeout SECONDS  time limit of each verification run (default 30)
  --drift-report FILE     print the drift report of a history (its JSON, or a saved drift issue
                          body) instead of building; --drift-threshold 5% checks the last run
  --drift-threshold GROWTH

Build options, as docker/build-push-action names them, given to every build (repeatable):
  --secret-envs ID=ENV    a secret read from an environment variable (preferred here)
  --secret-files ID=PATH  a secret read from a file
  --secrets ID=VALUE      a secret given as a value (it stays in your shell history)
  --ssh default|ID=PATH   an ssh agent socket or key
  --cache-from REF        e.g. type=local,src=DIR
  --cache-to REF          written by the build of the image only, e.g. type=local,dest=DIR
  --build-contexts NAME=PATH
  --labels KEY=VALUE      --add-hosts HOST:IP    --ulimit NAME=SOFT:HARD    --allow ENTITLEMENT
  --network MODE          --shm-size SIZE        --no-cache

  --json                  print the JSON report
  --markdown              print the pull-request comment body
  --verbose               show build logs on stderr
  -h, --help              this help

Exit codes: 0 within budget, 1 over budget or the build failed, 2 bad usage.`;
// Flags that take one value map one-to-one onto action inputs of the same name.
const SINGLE = [
    Input.Context,
    Input.File,
    Input.Target,
    Input.Platform,
    Input.Builder,
    Input.MaxSize,
    Input.MaxCompressedSize,
    Input.MaxLayers,
    Input.MaxBinarySize,
    Input.Alternative,
    Input.GoPackage,
    Input.VerifyPort,
    Input.VerifyPath,
    Input.VerifyTimeout,
    Input.DriftThreshold,
    Input.BaselineImage,
    Input.Image,
    Input.Network,
    Input.ShmSize
];
// Build options that are lists in the action: one flag a line, repeatable.
const LISTS = [
    BuildInput.Secrets,
    BuildInput.SecretFiles,
    BuildInput.SecretEnvs,
    BuildInput.Ssh,
    BuildInput.CacheFrom,
    BuildInput.CacheTo,
    BuildInput.BuildContexts,
    BuildInput.Labels,
    BuildInput.AddHosts,
    BuildInput.Ulimit,
    BuildInput.Allow
];
/** Parses argv into the same validated Inputs as the action; usage errors are InputErrors. */
function parseCommand(argv) {
    let values;
    try {
        values = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            strict: true,
            allowPositionals: false,
            options: {
                ...Object.fromEntries(SINGLE.map(name => [name, { type: 'string' }])),
                ...Object.fromEntries(LISTS.map(name => [name, { type: 'string', multiple: true }])),
                'no-cache': { type: 'boolean' },
                'build-arg': { type: 'string', multiple: true },
                'verify-arg': { type: 'string', multiple: true },
                'drift-report': { type: 'string' },
                json: { type: 'boolean' },
                markdown: { type: 'boolean' },
                verbose: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            }
        }).values;
    }
    catch (error) {
        throw new InputError(`${error.message}\n\n${USAGE}`);
    }
    if (values.help)
        return 'help';
    if (values.json && values.markdown)
        throw new InputError('--json and --markdown cannot be used together');
    const repeated = (flag) => (values[flag] ?? []).join('\n');
    const inputs = parseInputs(name => {
        if (name === Input.BuildArgs)
            return repeated('build-arg');
        if (name === Input.VerifyArgs)
            return repeated('verify-arg');
        if (LISTS.includes(name))
            return repeated(name);
        if (name === Input.NoCache)
            return values['no-cache'] ? 'true' : '';
        const value = values[name];
        return typeof value === 'string' ? value : '';
    });
    return {
        inputs: { ...inputs, comment: 'never' },
        format: values.json ? 'json' : values.markdown ? 'markdown' : 'terminal',
        verbose: values.verbose === true,
        driftReport: typeof values['drift-report'] === 'string' ? values['drift-report'] : undefined
    };
}

;// CONCATENATED MODULE: ./src/drift/trend.ts

/** Images present in both runs whose digest changed (an image added or removed is a Dockerfile edit). */
function changedBases(previous, current) {
    const before = new Map(previous.bases.map(base => [base.image, base.digest]));
    return current.bases.flatMap(({ image, digest }) => {
        const from = before.get(image);
        return from !== undefined && from !== digest ? [{ image, from, to: digest }] : [];
    });
}
/** Every base digest change between consecutive runs, oldest first. */
function digestChanges(entries) {
    return entries.slice(1).flatMap((current, index) => {
        const previous = entries[index];
        const delta = current.size - previous.size;
        return changedBases(previous, current).map(change => ({ ...change, time: current.time, delta }));
    });
}
/** The alternative's change, or a dash when either run had none. */
function describeOptionalChange(from, to) {
    return from === undefined || to === undefined ? '—' : formatChange(from, to);
}
function optionalBytes(bytes) {
    return bytes === undefined ? '—' : format_formatBytes(bytes);
}
/** `2026-11-20` (UTC) */
function runDate(time) {
    return new Date(time).toISOString().slice(0, 10);
}
/** `2026-11-20 06:00` (UTC): runs on one day stay apart. */
function runMinute(time) {
    return new Date(time).toISOString().slice(0, 16).replace('T', ' ');
}
/** The first 12 hex digits of a digest, as `docker images` shows an ID. */
function shortDigest(digest) {
    return digest.replace(/^sha256:/, '').slice(0, 12);
}
function isHexCommit(commit) {
    return /^[0-9a-f]{7,64}$/i.test(commit);
}
/** A commit as people quote it: seven hex digits, or whatever else it was, as it was. */
function trend_shortCommit(commit) {
    return isHexCommit(commit) ? commit.slice(0, 7) : commit;
}
/** The run kept just before the given one, if any. */
function previousRun(entries, runId) {
    const index = entries.findIndex(entry => entry.runId === runId);
    return index > 0 ? entries[index - 1] : undefined;
}

;// CONCATENATED MODULE: ./src/drift/threshold.ts



/**
 * Compares a run with the one before. Growth strictly past the threshold is drift; with no
 * threshold or no previous run, nothing is.
 */
function checkDrift(previous, current, threshold) {
    if (!previous)
        return { exceeded: false, delta: 0, percent: 0, causes: [], changedBases: [] };
    const delta = current.size - previous.size;
    const bases = changedBases(previous, current);
    const ownDelta = previous.ownSize !== undefined && current.ownSize !== undefined
        ? current.ownSize - previous.ownSize
        : undefined;
    const causes = [];
    if (bases.length > 0)
        causes.push('base digest');
    if (ownDelta !== undefined && ownDelta !== 0)
        causes.push('own layers');
    // With no base digest changed, a size change can only come from the build itself: its own
    // layers, or a Dockerfile that now starts from another image.
    else if (bases.length === 0 && delta !== 0)
        causes.push('own layers');
    const allowed = threshold === undefined ? Infinity : allowedGrowth(threshold, previous.size);
    return {
        exceeded: delta > 0 && delta > allowed,
        delta,
        percent: percentOf(delta, previous.size),
        causes,
        changedBases: bases,
        ...(ownDelta !== undefined && { ownDelta })
    };
}
/**
 * `the digest of golang:1.24 changed and own layers grew by 2.0 MB`. Image names come from the
 * Dockerfile, so each medium passes its own way of showing them safely.
 */
function describeCauses(check, showImage) {
    const parts = [];
    if (check.causes.includes('base digest')) {
        const images = check.changedBases.map(change => showImage(change.image));
        parts.push(`the digest of ${images.join(', ')} changed`);
    }
    if (check.causes.includes('own layers')) {
        const own = check.ownDelta;
        parts.push(own === undefined || own === 0
            ? 'own layers changed'
            : `own layers ${own > 0 ? 'grew' : 'shrank'} by ${format_formatBytes(Math.abs(own))}`);
    }
    return parts.length > 0 ? parts.join(' and ') : 'nothing measured changed';
}
/** `the image grew by 12.1 MB (+1.7%) since the previous run, past the drift threshold of 5%` */
function describeGrowthPastThreshold(check, threshold) {
    return (`the image grew by ${format_formatBytes(check.delta)} (+${format_formatPercent(check.percent)}) since the previous run, ` +
        `past the drift threshold of ${formatGrowthLimit(threshold)}`);
}
/** One line for a log or a failed step: how much, past what, and why. */
function describeDrift(check, threshold, showImage) {
    return `${describeGrowthPastThreshold(check, threshold)}: ${describeCauses(check, showImage)}`;
}

;// CONCATENATED MODULE: ./src/drift/cli-report.ts





const SPARKS = '▁▂▃▄▅▆▇█';
const SPARK_WIDTH = 60;
/** The drift report for a terminal: the facts of the issue body, as aligned plain text. */
function renderDriftTerminal(entries, options = {}) {
    const latest = entries[entries.length - 1];
    if (!latest)
        return 'go-image-budget drift: no runs recorded yet.\n';
    const first = entries[0];
    const previous = entries[entries.length - 2];
    const span = entries.length === 1
        ? runDate(latest.time)
        : `${runDate(first.time)} to ${runDate(latest.time)}`;
    const lines = [
        `go-image-budget drift: ${entries.length} ${entries.length === 1 ? 'run' : 'runs'}, ${span} (UTC)`,
        ''
    ];
    lines.push(...figures(entries), '');
    if (entries.length > 1)
        lines.push(sparkline(entries), '');
    lines.push(...digestLines(entries), '');
    lines.push(...lastRuns(entries, options.rows ?? 10), '');
    if (options.threshold && previous) {
        const check = checkDrift(previous, latest, options.threshold);
        lines.push(check.exceeded
            ? `DRIFT: ${describeDrift(check, options.threshold, plain)}.`
            : `No drift: ${format_formatDelta(check.delta)} since the previous run is within the threshold of ${formatGrowthLimit(options.threshold)}.`, '');
    }
    return lines.join('\n');
}
function figures(entries) {
    const latest = entries[entries.length - 1];
    const rows = [
        ['', 'size', 'compressed', 'layers', 'alternative'],
        [
            'latest run',
            format_formatBytes(latest.size),
            format_formatBytes(latest.compressedSize),
            String(latest.layers),
            optionalBytes(latest.alternativeSize)
        ]
    ];
    const comparisons = [
        ['since the previous run', entries[entries.length - 2]],
        ['since the first run kept', entries.length > 2 ? entries[0] : undefined]
    ];
    for (const [label, from] of comparisons) {
        if (!from)
            continue;
        rows.push([
            label,
            formatChange(from.size, latest.size),
            formatChange(from.compressedSize, latest.compressedSize),
            formatCountChange(from.layers, latest.layers),
            describeOptionalChange(from.alternativeSize, latest.alternativeSize)
        ]);
    }
    return alignColumns(rows, new Set([1, 2, 3, 4]));
}
/** Size over time in one line of block characters, scaled from the smallest run to the largest. */
function sparkline(entries) {
    const sizes = entries.slice(-SPARK_WIDTH).map(entry => entry.size);
    const low = Math.min(...sizes);
    const high = Math.max(...sizes);
    const spark = sizes
        .map(size => SPARKS[high === low ? 3 : Math.round(((size - low) / (high - low)) * (SPARKS.length - 1))])
        .join('');
    return `size ${spark}  ${format_formatBytes(low)} … ${format_formatBytes(high)}`;
}
function digestLines(entries) {
    const changes = digestChanges(entries);
    if (changes.length === 0)
        return ['No base image changed digest in the runs kept.'];
    return [
        'Base image digest changes:',
        ...changes.map(change => `  ${plain(change.image)} changed digest on ${runDate(change.time)}: ${format_formatDelta(change.delta)} ` +
            `(${shortDigest(plain(change.from))} → ${shortDigest(plain(change.to))})`)
    ];
}
function lastRuns(entries, count) {
    const rows = [
        ['run (UTC)', 'commit', 'size', 'change', 'layers', 'alternative', 'base digest changed']
    ];
    entries.forEach((entry, index) => {
        const previous = entries[index - 1];
        rows.push([
            runMinute(entry.time),
            plain(trend_shortCommit(entry.commit)),
            format_formatBytes(entry.size),
            previous ? format_formatDelta(entry.size - previous.size) : '—',
            String(entry.layers),
            optionalBytes(entry.alternativeSize),
            previous
                ? changedBases(previous, entry)
                    .map(change => plain(change.image))
                    .join(', ') || '—'
                : '—'
        ]);
    });
    const shown = [rows[0], ...rows.slice(1).slice(-count).reverse()];
    return [
        `Last runs, newest first:`,
        ...alignColumns(shown, new Set([2, 3, 4, 5])).map(line => `  ${line}`)
    ];
}
/** Text from a Dockerfile or a hand-edited history, on one line and without terminal escapes. */
function plain(text) {
    return plainText(text).replace(/\s+/g, ' ');
}

;// CONCATENATED MODULE: ./src/drift/history.ts
// The drift history: one entry per scheduled run, kept as versioned JSON in a hidden block at the
// end of the drift issue (or in a file, for the CLI). Anyone who can edit the issue can edit the
// block, so everything read back is checked before it is trusted.
const HISTORY_VERSION = 1;
const BLOCK_HEADER = '<!-- go-image-budget-history';
const BLOCK = /<!-- go-image-budget-history v(\d+)\r?\n([\s\S]*?)\r?\n-->/g;
/** The history as a JSON document, one entry per line so a hand edit or a diff stays readable. */
function renderHistoryJson(entries) {
    const lines = entries.map(entry => JSON.stringify(ordered(entry)));
    const list = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`;
    return `{"version":${HISTORY_VERSION},"entries":${list}}`;
}
/** Reads a document written by renderHistoryJson, refusing anything that is not exactly that shape. */
function parseHistoryJson(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        return { error: `the history is not valid JSON (${error.message})` };
    }
    if (!isRecord(document) || !Array.isArray(document.entries)) {
        return { error: 'the history is not an object with an "entries" list' };
    }
    if (document.version !== HISTORY_VERSION) {
        return {
            error: `the history has version ${JSON.stringify(document.version)}; this version reads ${HISTORY_VERSION}`
        };
    }
    const entries = [];
    for (const [index, value] of document.entries.entries()) {
        const entry = readEntry(value);
        if (typeof entry === 'string')
            return { error: `history entry ${index + 1}: ${entry}` };
        entries.push(entry);
    }
    return { entries: mergeHistory(entries, [], entries.length) };
}
/**
 * The history as a hidden HTML comment. An HTML comment ends at the first `-->` (or `--!>`), so
 * every `<`, `>` and `--` in the JSON is written as a JSON escape, which reads back the same.
 */
function renderHistoryBlock(entries) {
    const json = renderHistoryJson(entries)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/--/g, '-\\u002d');
    return `${BLOCK_HEADER} v${HISTORY_VERSION}\n${json}\n-->`;
}
/** Finds the history block in an issue body (the last one, if a hand edit left two) and reads it. */
function parseHistoryBlock(body) {
    const blocks = [...body.matchAll(BLOCK)];
    const block = blocks[blocks.length - 1];
    if (!block) {
        return {
            error: body.includes(BLOCK_HEADER)
                ? 'the history block is not closed with --> on its own line'
                : 'there is no history block'
        };
    }
    if (Number(block[1]) !== HISTORY_VERSION) {
        return {
            error: `the history block has version ${block[1]}; this version reads v${HISTORY_VERSION}`
        };
    }
    return parseHistoryJson(block[2]);
}
/**
 * Both histories in time order, one entry per run (on a clash, b's entry wins), the newest `limit`
 * kept. Merging a history with itself, or the same run twice, changes nothing.
 */
function mergeHistory(a, b, limit) {
    const byRun = new Map();
    for (const entry of [...a, ...b])
        byRun.set(entry.runId, entry);
    const sorted = [...byRun.values()].sort((x, y) => Date.parse(x.time) - Date.parse(y.time) ||
        (x.runId < y.runId ? -1 : x.runId > y.runId ? 1 : 0));
    return sorted.slice(-Math.max(1, limit));
}
function readEntry(value) {
    if (!isRecord(value))
        return 'not an object';
    const { runId, time, commit, size, compressedSize, layers, alternativeSize, bases, ownSize, buildKey } = value;
    if (typeof runId !== 'string' || runId === '')
        return 'runId is not a non-empty string';
    if (typeof time !== 'string' || Number.isNaN(Date.parse(time)))
        return 'time is not an ISO 8601 date';
    if (typeof commit !== 'string')
        return 'commit is not a string';
    const counts = { size, compressedSize, layers, alternativeSize, ownSize };
    for (const [name, count] of Object.entries(counts)) {
        const optional = name === 'alternativeSize' || name === 'ownSize';
        if (!(optional && count === undefined) && !isCount(count))
            return `${name} is not a whole number of 0 or more`;
    }
    if (!Array.isArray(bases) || !bases.every(isBaseDigest)) {
        return 'bases is not a list of { "image": string, "digest": string }';
    }
    if (buildKey !== undefined && typeof buildKey !== 'string')
        return 'buildKey is not a string';
    return ordered({
        runId,
        time,
        commit,
        size: size,
        compressedSize: compressedSize,
        layers: layers,
        alternativeSize: alternativeSize,
        bases,
        ownSize: ownSize,
        buildKey
    });
}
/** The entry with its fields in one order and nothing else, so equal entries serialise equally. */
function ordered(entry) {
    const { runId, time, commit, size, compressedSize, layers, alternativeSize, bases, ownSize, buildKey } = entry;
    return {
        runId,
        time,
        commit,
        size,
        compressedSize,
        layers,
        ...(alternativeSize !== undefined && { alternativeSize }),
        bases: bases.map(({ image, digest }) => ({ image, digest })),
        ...(ownSize !== undefined && { ownSize }),
        ...(buildKey !== undefined && { buildKey })
    };
}
/**
 * The newest entry that measured `commit` with the same build key: the same build, already
 * measured. Entries without a build key were written before it was kept and never match.
 */
function recordedEntryOf(entries, commit, buildKey) {
    return entries.findLast(entry => entry.commit === commit && entry.buildKey === buildKey);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isCount(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
function isBaseDigest(value) {
    return isRecord(value) && typeof value.image === 'string' && typeof value.digest === 'string';
}

;// CONCATENATED MODULE: ./src/cli/drift-report.ts




/** The drift report of a history file: the JSON block's content, or a whole saved issue body. */
async function driftReport(file, inputs) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch {
        throw new InputError(`--drift-report: cannot read ${JSON.stringify(file)}`);
    }
    const history = text.includes('<!-- go-image-budget-history')
        ? parseHistoryBlock(text)
        : parseHistoryJson(text);
    if ('error' in history)
        throw new InputError(`--drift-report: ${file} holds no usable history: ${history.error}`);
    return renderDriftTerminal(history.entries, { threshold: inputs.drift.threshold });
}

;// CONCATENATED MODULE: external "node:process"
const external_node_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
;// CONCATENATED MODULE: ./node_modules/environment/index.js
/* globals WorkerGlobalScope, DedicatedWorkerGlobalScope, SharedWorkerGlobalScope, ServiceWorkerGlobalScope */

const isBrowser = globalThis.window?.document !== undefined;

const isNode = globalThis.process?.versions?.node !== undefined;

const isBun = globalThis.process?.versions?.bun !== undefined;

const isDeno = globalThis.Deno?.version?.deno !== undefined;

const isElectron = globalThis.process?.versions?.electron !== undefined;

const isJsDom = globalThis.navigator?.userAgent?.includes('jsdom') === true;

const isWebWorker = typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;

const isDedicatedWorker = typeof DedicatedWorkerGlobalScope !== 'undefined' && globalThis instanceof DedicatedWorkerGlobalScope;

const isSharedWorker = typeof SharedWorkerGlobalScope !== 'undefined' && globalThis instanceof SharedWorkerGlobalScope;

const isServiceWorker = typeof ServiceWorkerGlobalScope !== 'undefined' && globalThis instanceof ServiceWorkerGlobalScope;

// Note: I'm intentionally not DRYing up the other variables to keep them "lazy".
const platform = globalThis.navigator?.userAgentData?.platform;

const isMacOs = platform === 'macOS'
	|| globalThis.navigator?.platform === 'MacIntel' // Even on Apple silicon Macs.
	|| globalThis.navigator?.userAgent?.includes(' Mac ') === true
	|| globalThis.process?.platform === 'darwin';

const isWindows = platform === 'Windows'
	|| globalThis.navigator?.platform === 'Win32'
	|| globalThis.process?.platform === 'win32';

const isLinux = platform === 'Linux'
	|| globalThis.navigator?.platform?.startsWith('Linux') === true
	|| globalThis.navigator?.userAgent?.includes(' Linux ') === true
	|| globalThis.process?.platform === 'linux';

const isIos = platform === 'iOS'
	|| (globalThis.navigator?.platform === 'MacIntel' && globalThis.navigator?.maxTouchPoints > 1)
	|| /iPad|iPhone|iPod/.test(globalThis.navigator?.platform);

const isAndroid = platform === 'Android'
	|| globalThis.navigator?.platform === 'Android'
	|| globalThis.navigator?.userAgent?.includes(' Android ') === true
	|| globalThis.process?.platform === 'android';

;// CONCATENATED MODULE: ./node_modules/log-update/node_modules/ansi-escapes/base.js




const ESC = '\u001B[';
const OSC = '\u001B]';
const BEL = '\u0007';
const SEP = ';';

const isTerminalApp = !isBrowser && external_node_process_namespaceObject.env.TERM_PROGRAM === 'Apple_Terminal';
const base_isWindows = !isBrowser && external_node_process_namespaceObject.platform === 'win32';
const isTmux = !isBrowser && (external_node_process_namespaceObject.env.TERM?.startsWith('screen') || external_node_process_namespaceObject.env.TERM?.startsWith('tmux') || external_node_process_namespaceObject.env.TMUX !== undefined);

const cwdFunction = isBrowser ? () => {
	throw new Error('`process.cwd()` only works in Node.js, not the browser.');
} : external_node_process_namespaceObject.cwd;

const wrapOsc = sequence => {
	if (isTmux) {
		// Tmux requires OSC sequences to be wrapped with DCS tmux; <sequence> ST
		// and all ESCs in <sequence> to be replaced with ESC ESC.
		// It only accepts ESC backslash for ST.
		return '\u001BPtmux;' + sequence.replaceAll('\u001B', '\u001B\u001B') + '\u001B\\';
	}

	return sequence;
};

const cursorTo = (x, y) => {
	if (typeof x !== 'number') {
		throw new TypeError('The `x` argument is required');
	}

	if (typeof y !== 'number') {
		return ESC + (x + 1) + 'G';
	}

	return ESC + (y + 1) + SEP + (x + 1) + 'H';
};

const cursorMove = (x, y) => {
	if (typeof x !== 'number') {
		throw new TypeError('The `x` argument is required');
	}

	let returnValue = '';

	if (x < 0) {
		returnValue += ESC + (-x) + 'D';
	} else if (x > 0) {
		returnValue += ESC + x + 'C';
	}

	if (y < 0) {
		returnValue += ESC + (-y) + 'A';
	} else if (y > 0) {
		returnValue += ESC + y + 'B';
	}

	return returnValue;
};

const cursorUp = (count = 1) => ESC + count + 'A';
const cursorDown = (count = 1) => ESC + count + 'B';
const cursorForward = (count = 1) => ESC + count + 'C';
const cursorBackward = (count = 1) => ESC + count + 'D';

const cursorLeft = ESC + 'G';
const cursorSavePosition = isTerminalApp ? '\u001B7' : ESC + 's';
const cursorRestorePosition = isTerminalApp ? '\u001B8' : ESC + 'u';
const cursorGetPosition = ESC + '6n';
const cursorNextLine = ESC + 'E';
const cursorPrevLine = ESC + 'F';
const cursorHide = ESC + '?25l';
const cursorShow = ESC + '?25h';

const eraseLines = count => {
	let clear = '';

	for (let i = 0; i < count; i++) {
		clear += eraseLine + (i < count - 1 ? cursorUp() : '');
	}

	if (count) {
		clear += cursorLeft;
	}

	return clear;
};

const eraseEndLine = ESC + 'K';
const eraseStartLine = ESC + '1K';
const eraseLine = ESC + '2K';
const eraseDown = ESC + 'J';
const eraseUp = ESC + '1J';
const eraseScreen = ESC + '2J';
const scrollUp = ESC + 'S';
const scrollDown = ESC + 'T';

const clearScreen = '\u001Bc';

const clearViewport = (/* unused pure expression or super */ null && (`${eraseScreen}${ESC}H`));

const isOldWindows = () => {
	if (isBrowser || !base_isWindows) {
		return false;
	}

	const parts = external_node_os_namespaceObject.release().split('.');
	const major = Number(parts[0]);
	const build = Number(parts[2] ?? 0);

	if (major < 10) {
		return true;
	}

	if (major === 10 && build < 10_586) {
		return true;
	}

	return false;
};

const clearTerminal = isOldWindows()
	? `${eraseScreen}${ESC}0f`
	// 1. Erases the screen (Only done in case `2` is not supported)
	// 2. Erases the whole screen including scrollback buffer
	// 3. Moves cursor to the top-left position
	// More info: https://www.real-world-systems.com/docs/ANSIcode.html
	: `${eraseScreen}${ESC}3J${ESC}H`;

const enterAlternativeScreen = ESC + '?1049h';
const exitAlternativeScreen = ESC + '?1049l';

const beginSynchronizedOutput = ESC + '?2026h';
const endSynchronizedOutput = ESC + '?2026l';
const synchronizedOutput = text => beginSynchronizedOutput + text + endSynchronizedOutput;

const beep = (/* unused pure expression or super */ null && (BEL));

const base_link = (text, url) => {
	const openLink = wrapOsc(`${OSC}8${SEP}${SEP}${url}${BEL}`);
	const closeLink = wrapOsc(`${OSC}8${SEP}${SEP}${BEL}`);
	return openLink + text + closeLink;
};

const base_image = (data, options = {}) => {
	let returnValue = `${OSC}1337;File=inline=1`;

	if (options.width) {
		returnValue += `;width=${options.width}`;
	}

	if (options.height) {
		returnValue += `;height=${options.height}`;
	}

	if (options.preserveAspectRatio === false) {
		returnValue += ';preserveAspectRatio=0';
	}

	const imageBuffer = Buffer.from(data);

	// `size` is optional in the spec, but xterm.js requires it.
	return wrapOsc(returnValue + `;size=${imageBuffer.byteLength}` + ':' + imageBuffer.toString('base64') + BEL);
};

const iTerm = {
	setCwd: (cwd = cwdFunction()) => wrapOsc(`${OSC}50;CurrentDir=${cwd}${BEL}`),

	annotation(message, options = {}) {
		let returnValue = `${OSC}1337;`;

		const hasX = options.x !== undefined;
		const hasY = options.y !== undefined;
		if ((hasX || hasY) && !(hasX && hasY && options.length !== undefined)) {
			throw new Error('`x`, `y` and `length` must be defined when `x` or `y` is defined');
		}

		message = message.replaceAll('|', '');

		returnValue += options.isHidden ? 'AddHiddenAnnotation=' : 'AddAnnotation=';

		if (options.length > 0) {
			returnValue += (
				hasX
					? [message, options.length, options.x, options.y]
					: [options.length, message]
			).join('|');
		} else {
			returnValue += message;
		}

		return wrapOsc(returnValue + BEL);
	},
};

const ConEmu = {
	setCwd: (cwd = cwdFunction()) => wrapOsc(`${OSC}9;9;${cwd}${BEL}`),
};

const setCwd = (cwd = cwdFunction()) => iTerm.setCwd(cwd) + ConEmu.setCwd(cwd);

;// CONCATENATED MODULE: ./node_modules/mimic-function/index.js
const copyProperty = (to, from, property, ignoreNonConfigurable) => {
	// `Function#length` should reflect the parameters of `to` not `from` since we keep its body.
	// `Function#prototype` is non-writable and non-configurable so can never be modified.
	if (property === 'length' || property === 'prototype') {
		return;
	}

	// `Function#arguments` and `Function#caller` should not be copied. They were reported to be present in `Reflect.ownKeys` for some devices in React Native (#41), so we explicitly ignore them here.
	if (property === 'arguments' || property === 'caller') {
		return;
	}

	const toDescriptor = Object.getOwnPropertyDescriptor(to, property);
	const fromDescriptor = Object.getOwnPropertyDescriptor(from, property);

	if (!canCopyProperty(toDescriptor, fromDescriptor) && ignoreNonConfigurable) {
		return;
	}

	Object.defineProperty(to, property, fromDescriptor);
};

// `Object.defineProperty()` throws if the property exists, is not configurable and either:
// - one its descriptors is changed
// - it is non-writable and its value is changed
const canCopyProperty = function (toDescriptor, fromDescriptor) {
	return toDescriptor === undefined || toDescriptor.configurable || (
		toDescriptor.writable === fromDescriptor.writable
		&& toDescriptor.enumerable === fromDescriptor.enumerable
		&& toDescriptor.configurable === fromDescriptor.configurable
		&& (toDescriptor.writable || toDescriptor.value === fromDescriptor.value)
	);
};

const changePrototype = (to, from) => {
	const fromPrototype = Object.getPrototypeOf(from);
	if (fromPrototype === Object.getPrototypeOf(to)) {
		return;
	}

	Object.setPrototypeOf(to, fromPrototype);
};

const wrappedToString = (withName, fromBody) => `/* Wrapped ${withName}*/\n${fromBody}`;

const toStringDescriptor = Object.getOwnPropertyDescriptor(Function.prototype, 'toString');
const toStringName = Object.getOwnPropertyDescriptor(Function.prototype.toString, 'name');

// We call `from.toString()` early (not lazily) to ensure `from` can be garbage collected.
// We use `bind()` instead of a closure for the same reason.
// Calling `from.toString()` early also allows caching it in case `to.toString()` is called several times.
const changeToString = (to, from, name) => {
	const withName = name === '' ? '' : `with ${name.trim()}() `;
	const newToString = wrappedToString.bind(null, withName, from.toString());
	// Ensure `to.toString.toString` is non-enumerable and has the same `same`
	Object.defineProperty(newToString, 'name', toStringName);
	const {writable, enumerable, configurable} = toStringDescriptor; // We destructue to avoid a potential `get` descriptor.
	Object.defineProperty(to, 'toString', {value: newToString, writable, enumerable, configurable});
};

function mimicFunction(to, from, {ignoreNonConfigurable = false} = {}) {
	const {name} = to;

	for (const property of Reflect.ownKeys(from)) {
		copyProperty(to, from, property, ignoreNonConfigurable);
	}

	changePrototype(to, from);
	changeToString(to, from, name);

	return to;
}

;// CONCATENATED MODULE: ./node_modules/restore-cursor/node_modules/onetime/index.js


const calledFunctions = new WeakMap();

const onetime = (function_, options = {}) => {
	if (typeof function_ !== 'function') {
		throw new TypeError('Expected a function');
	}

	let returnValue;
	let callCount = 0;
	const functionName = function_.displayName || function_.name || '<anonymous>';

	const onetime = function (...arguments_) {
		calledFunctions.set(onetime, ++callCount);

		if (callCount === 1) {
			returnValue = function_.apply(this, arguments_);
			function_ = undefined;
		} else if (options.throw === true) {
			throw new Error(`Function \`${functionName}\` can only be called once`);
		}

		return returnValue;
	};

	mimicFunction(onetime, function_);
	calledFunctions.set(onetime, callCount);

	return onetime;
};

onetime.callCount = function_ => {
	if (!calledFunctions.has(function_)) {
		throw new Error(`The given function \`${function_.name}\` is not wrapped by the \`onetime\` package`);
	}

	return calledFunctions.get(function_);
};

/* harmony default export */ const node_modules_onetime = (onetime);

;// CONCATENATED MODULE: ./node_modules/restore-cursor/node_modules/signal-exit/dist/mjs/signals.js
/**
 * This is not the set of all possible signals.
 *
 * It IS, however, the set of all signals that trigger
 * an exit on either Linux or BSD systems.  Linux is a
 * superset of the signal names supported on BSD, and
 * the unknown signals just fail to register, so we can
 * catch that easily enough.
 *
 * Windows signals are a different set, since there are
 * signals that terminate Windows processes, but don't
 * terminate (or don't even exist) on Posix systems.
 *
 * Don't bother with SIGKILL.  It's uncatchable, which
 * means that we can't fire any callbacks anyway.
 *
 * If a user does happen to register a handler on a non-
 * fatal signal like SIGWINCH or something, and then
 * exit, it'll end up firing `process.emit('exit')`, so
 * the handler will be fired anyway.
 *
 * SIGBUS, SIGFPE, SIGSEGV and SIGILL, when not raised
 * artificially, inherently leave the process in a
 * state from which it is not safe to try and enter JS
 * listeners.
 */
const signals = [];
signals.push('SIGHUP', 'SIGINT', 'SIGTERM');
if (process.platform !== 'win32') {
    signals.push('SIGALRM', 'SIGABRT', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ', 'SIGUSR2', 'SIGTRAP', 'SIGSYS', 'SIGQUIT', 'SIGIOT'
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
    );
}
if (process.platform === 'linux') {
    signals.push('SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSTKFLT');
}
//# sourceMappingURL=signals.js.map
;// CONCATENATED MODULE: ./node_modules/restore-cursor/node_modules/signal-exit/dist/mjs/index.js
// Note: since nyc uses this module to output coverage, any lines
// that are in the direct sync flow of nyc's outputCoverage are
// ignored, since we can never get coverage for them.
// grab a reference to node's real process object right away


const processOk = (process) => !!process &&
    typeof process === 'object' &&
    typeof process.removeListener === 'function' &&
    typeof process.emit === 'function' &&
    typeof process.reallyExit === 'function' &&
    typeof process.listeners === 'function' &&
    typeof process.kill === 'function' &&
    typeof process.pid === 'number' &&
    typeof process.on === 'function';
const kExitEmitter = Symbol.for('signal-exit emitter');
const global = globalThis;
const ObjectDefineProperty = Object.defineProperty.bind(Object);
// teeny special purpose ee
class Emitter {
    emitted = {
        afterExit: false,
        exit: false,
    };
    listeners = {
        afterExit: [],
        exit: [],
    };
    count = 0;
    id = Math.random();
    constructor() {
        if (global[kExitEmitter]) {
            return global[kExitEmitter];
        }
        ObjectDefineProperty(global, kExitEmitter, {
            value: this,
            writable: false,
            enumerable: false,
            configurable: false,
        });
    }
    on(ev, fn) {
        this.listeners[ev].push(fn);
    }
    removeListener(ev, fn) {
        const list = this.listeners[ev];
        const i = list.indexOf(fn);
        /* c8 ignore start */
        if (i === -1) {
            return;
        }
        /* c8 ignore stop */
        if (i === 0 && list.length === 1) {
            list.length = 0;
        }
        else {
            list.splice(i, 1);
        }
    }
    emit(ev, code, signal) {
        if (this.emitted[ev]) {
            return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
            ret = fn(code, signal) === true || ret;
        }
        if (ev === 'exit') {
            ret = this.emit('afterExit', code, signal) || ret;
        }
        return ret;
    }
}
class SignalExitBase {
}
const signalExitWrap = (handler) => {
    return {
        onExit(cb, opts) {
            return handler.onExit(cb, opts);
        },
        load() {
            return handler.load();
        },
        unload() {
            return handler.unload();
        },
    };
};
class SignalExitFallback extends SignalExitBase {
    onExit() {
        return () => { };
    }
    load() { }
    unload() { }
}
class SignalExit extends SignalExitBase {
    // "SIGHUP" throws an `ENOSYS` error on Windows,
    // so use a supported signal instead
    /* c8 ignore start */
    #hupSig = mjs_process.platform === 'win32' ? 'SIGINT' : 'SIGHUP';
    /* c8 ignore stop */
    #emitter = new Emitter();
    #process;
    #originalProcessEmit;
    #originalProcessReallyExit;
    #sigListeners = {};
    #loaded = false;
    constructor(process) {
        super();
        this.#process = process;
        // { <signal>: <listener fn>, ... }
        this.#sigListeners = {};
        for (const sig of signals) {
            this.#sigListeners[sig] = () => {
                // If there are no other listeners, an exit is coming!
                // Simplest way: remove us and then re-send the signal.
                // We know that this will kill the process, so we can
                // safely emit now.
                const listeners = this.#process.listeners(sig);
                let { count } = this.#emitter;
                // This is a workaround for the fact that signal-exit v3 and signal
                // exit v4 are not aware of each other, and each will attempt to let
                // the other handle it, so neither of them do. To correct this, we
                // detect if we're the only handler *except* for previous versions
                // of signal-exit, and increment by the count of listeners it has
                // created.
                /* c8 ignore start */
                const p = process;
                if (typeof p.__signal_exit_emitter__ === 'object' &&
                    typeof p.__signal_exit_emitter__.count === 'number') {
                    count += p.__signal_exit_emitter__.count;
                }
                /* c8 ignore stop */
                if (listeners.length === count) {
                    this.unload();
                    const ret = this.#emitter.emit('exit', null, sig);
                    /* c8 ignore start */
                    const s = sig === 'SIGHUP' ? this.#hupSig : sig;
                    if (!ret)
                        process.kill(process.pid, s);
                    /* c8 ignore stop */
                }
            };
        }
        this.#originalProcessReallyExit = process.reallyExit;
        this.#originalProcessEmit = process.emit;
    }
    onExit(cb, opts) {
        /* c8 ignore start */
        if (!processOk(this.#process)) {
            return () => { };
        }
        /* c8 ignore stop */
        if (this.#loaded === false) {
            this.load();
        }
        const ev = opts?.alwaysLast ? 'afterExit' : 'exit';
        this.#emitter.on(ev, cb);
        return () => {
            this.#emitter.removeListener(ev, cb);
            if (this.#emitter.listeners['exit'].length === 0 &&
                this.#emitter.listeners['afterExit'].length === 0) {
                this.unload();
            }
        };
    }
    load() {
        if (this.#loaded) {
            return;
        }
        this.#loaded = true;
        // This is the number of onSignalExit's that are in play.
        // It's important so that we can count the correct number of
        // listeners on signals, and don't wait for the other one to
        // handle it instead of us.
        this.#emitter.count += 1;
        for (const sig of signals) {
            try {
                const fn = this.#sigListeners[sig];
                if (fn)
                    this.#process.on(sig, fn);
            }
            catch (_) { }
        }
        this.#process.emit = (ev, ...a) => {
            return this.#processEmit(ev, ...a);
        };
        this.#process.reallyExit = (code) => {
            return this.#processReallyExit(code);
        };
    }
    unload() {
        if (!this.#loaded) {
            return;
        }
        this.#loaded = false;
        signals.forEach(sig => {
            const listener = this.#sigListeners[sig];
            /* c8 ignore start */
            if (!listener) {
                throw new Error('Listener not defined for signal: ' + sig);
            }
            /* c8 ignore stop */
            try {
                this.#process.removeListener(sig, listener);
                /* c8 ignore start */
            }
            catch (_) { }
            /* c8 ignore stop */
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
    }
    #processReallyExit(code) {
        /* c8 ignore start */
        if (!processOk(this.#process)) {
            return 0;
        }
        this.#process.exitCode = code || 0;
        /* c8 ignore stop */
        this.#emitter.emit('exit', this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
    }
    #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === 'exit' && processOk(this.#process)) {
            if (typeof args[0] === 'number') {
                this.#process.exitCode = args[0];
                /* c8 ignore start */
            }
            /* c8 ignore start */
            const ret = og.call(this.#process, ev, ...args);
            /* c8 ignore start */
            this.#emitter.emit('exit', this.#process.exitCode, null);
            /* c8 ignore stop */
            return ret;
        }
        else {
            return og.call(this.#process, ev, ...args);
        }
    }
}
const mjs_process = globalThis.process;
// wrap so that we call the method on the actual handler, without
// exporting it directly.
const { 
/**
 * Called when the process is exiting, whether via signal, explicit
 * exit, or running out of stuff to do.
 *
 * If the global process object is not suitable for instrumentation,
 * then this will be a no-op.
 *
 * Returns a function that may be used to unload signal-exit.
 */
onExit, 
/**
 * Load the listeners.  Likely you never need to call this, unless
 * doing a rather deep integration with signal-exit functionality.
 * Mostly exposed for the benefit of testing.
 *
 * @internal
 */
load, 
/**
 * Unload the listeners.  Likely you never need to call this, unless
 * doing a rather deep integration with signal-exit functionality.
 * Mostly exposed for the benefit of testing.
 *
 * @internal
 */
unload, } = signalExitWrap(processOk(mjs_process) ? new SignalExit(mjs_process) : new SignalExitFallback());
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/restore-cursor/index.js




const terminal = external_node_process_namespaceObject.stderr.isTTY
	? external_node_process_namespaceObject.stderr
	: (external_node_process_namespaceObject.stdout.isTTY ? external_node_process_namespaceObject.stdout : undefined);

const restoreCursor = terminal ? node_modules_onetime(() => {
	onExit(() => {
		terminal.write('\u001B[?25h');
	}, {alwaysLast: true});
}) : () => {};

/* harmony default export */ const restore_cursor = (restoreCursor);

;// CONCATENATED MODULE: ./node_modules/cli-cursor/index.js



let isHidden = false;

const cliCursor = {};

cliCursor.show = (writableStream = external_node_process_namespaceObject.stderr) => {
	if (!writableStream.isTTY) {
		return;
	}

	isHidden = false;
	writableStream.write('\u001B[?25h');
};

cliCursor.hide = (writableStream = external_node_process_namespaceObject.stderr) => {
	if (!writableStream.isTTY) {
		return;
	}

	restore_cursor();
	isHidden = true;
	writableStream.write('\u001B[?25l');
};

cliCursor.toggle = (force, writableStream) => {
	if (force !== undefined) {
		isHidden = force;
	}

	if (isHidden) {
		cliCursor.show(writableStream);
	} else {
		cliCursor.hide(writableStream);
	}
};

/* harmony default export */ const cli_cursor = (cliCursor);

;// CONCATENATED MODULE: ./node_modules/log-update/node_modules/ansi-regex/index.js
// Valid string terminator sequences are ESC\ and 0x9c; OSC also accepts BEL.
const ST = String.raw`(?:\u001B\u005C|\u009C)`;

// OSC sequences only: ESC ] ... BEL/ST (or the C1 introducer 0x9d ... BEL/ST).
// Payloads stop at terminators, cancellations, and C1 controls. An unterminated string cannot swallow the next sequence or repeatedly scan its payload from later introducers. Terminals likewise abort a control string on an unexpected ESC.
const stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
const osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;

// DCS, SOS, PM, APC, and screen window titles have opaque payloads terminated by ST. Nested ESC payloads, such as tmux passthrough, require a parser.
const controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;

// Linux console palette controls have fixed lengths and no string terminator; iTerm2 terminates its palette assignments. Consume an immediately adjacent OSC terminator, but match these controls before OSC so a later BEL cannot consume visible text.
const linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;

// CSI: ESC [ or C1 CSI, parameter bytes (0x30–0x3f), intermediate bytes (0x20–0x2f), then a final byte (0x40–0x7e).
// `= < >` are final bytes in two-byte VT52 escapes (`ESC >`) but parameter bytes in a CSI (`ESC [ > 0 ; 276 ; 0 c`, the device attributes reply). Match CSI first to consume the whole sequence, where its introducer makes the two unambiguous.
const csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;

// Related escapes: ESC, intermediate bytes (0x20–0x2f), then a final byte (0x30–0x7e), or a supported two-byte escape.
// The two-byte final class stays narrow so that ESC followed by an arbitrary character is not read as a sequence. CSI parameters belong only to the CSI form, preventing partial matches and avoiding a second scan with nested repetition.
// Escapes whose final byte is a digit include `ESC 7` and `ESC 8` (save and restore cursor), `ESC ( 0` (line drawing character set), and `ESC # 8` (screen alignment).
// A digit is never a CSI final byte. These escapes end immediately at their final byte, so `ESC 7 l` is read as the escape followed by text rather than a sequence with parameter 7 and final byte `l`.
const ansi_regex_escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;

const pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${ansi_regex_escape}`;

function ansiRegex({onlyFirst = false} = {}) {
	return new RegExp(pattern, onlyFirst ? undefined : 'g');
}

;// CONCATENATED MODULE: ./node_modules/log-update/node_modules/strip-ansi/index.js


const regex = ansiRegex();

function stripAnsi(string) {
	if (typeof string !== 'string') {
		throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	}

	// Fast path: ANSI codes require ESC (7-bit) or CSI (8-bit) introducer
	if (!string.includes('\u001B') && !string.includes('\u009B')) {
		return string;
	}

	// Even though the regex is global, we don't need to reset the `.lastIndex`
	// because unlike `.exec()` and `.test()`, `.replace()` does it automatically
	// and doing it manually has a performance penalty.
	return string.replace(regex, '');
}

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup-data.js
// Generated by scripts/build.js

const ambiguousMinimalCodePoint = 161;
const ambiguousMaximumCodePoint = 1114109;
const ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];

const fullwidthMinimalCodePoint = 12288;
const fullwidthMaximumCodePoint = 65510;
const fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];

const lookup_data_halfwidthMinimalCodePoint = 8361;
const lookup_data_halfwidthMaximumCodePoint = 65518;
const lookup_data_halfwidthRanges = (/* unused pure expression or super */ null && ([8361, 8361, 65377, 65470, 65474, 65479, 65482, 65487, 65490, 65495, 65498, 65500, 65512, 65518]));

const lookup_data_narrowMinimalCodePoint = 32;
const lookup_data_narrowMaximumCodePoint = 10630;
const lookup_data_narrowRanges = (/* unused pure expression or super */ null && ([32, 126, 162, 163, 165, 166, 172, 172, 175, 175, 10214, 10221, 10629, 10630]));

const wideMinimalCodePoint = 4352;
const wideMaximumCodePoint = 262141;
const wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/utilities.js
/**
Binary search on a sorted flat array of [start, end] pairs.

@param {number[]} ranges - Flat array of inclusive [start, end] range pairs, e.g. [0, 5, 10, 20].
@param {number} codePoint - The value to search for.
@returns {boolean} Whether the value falls within any of the ranges.
*/
const utilities_isInRange = (ranges, codePoint) => {
	let low = 0;
	let high = Math.floor(ranges.length / 2) - 1;
	while (low <= high) {
		const mid = Math.floor((low + high) / 2);
		const i = mid * 2;
		if (codePoint < ranges[i]) {
			high = mid - 1;
		} else if (codePoint > ranges[i + 1]) {
			low = mid + 1;
		} else {
			return true;
		}
	}

	return false;
};

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup.js



const commonCjkCodePoint = 0x4E_00;
const [wideFastPathStart, wideFastPathEnd] = /* #__PURE__ */ findWideFastPathRange(wideRanges);

// Use a hot-path range so common `isWide` calls can skip binary search.
// The range containing U+4E00 covers common CJK ideographs;
// fallback to the largest range for resilience to Unicode table changes.
function findWideFastPathRange(ranges) {
	let fastPathStart = ranges[0];
	let fastPathEnd = ranges[1];

	for (let index = 0; index < ranges.length; index += 2) {
		const start = ranges[index];
		const end = ranges[index + 1];

		if (
			commonCjkCodePoint >= start
			&& commonCjkCodePoint <= end
		) {
			return [start, end];
		}

		if ((end - start) > (fastPathEnd - fastPathStart)) {
			fastPathStart = start;
			fastPathEnd = end;
		}
	}

	return [fastPathStart, fastPathEnd];
}

const isAmbiguous = codePoint => {
	if (
		codePoint < ambiguousMinimalCodePoint
		|| codePoint > ambiguousMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(ambiguousRanges, codePoint);
};

const isFullwidth = codePoint => {
	if (
		codePoint < fullwidthMinimalCodePoint
		|| codePoint > fullwidthMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(fullwidthRanges, codePoint);
};

const isHalfwidth = codePoint => {
	if (
		codePoint < halfwidthMinimalCodePoint
		|| codePoint > halfwidthMaximumCodePoint
	) {
		return false;
	}

	return isInRange(halfwidthRanges, codePoint);
};

const isNarrow = codePoint => {
	if (
		codePoint < narrowMinimalCodePoint
		|| codePoint > narrowMaximumCodePoint
	) {
		return false;
	}

	return isInRange(narrowRanges, codePoint);
};

const isWide = codePoint => {
	if (
		codePoint >= wideFastPathStart
		&& codePoint <= wideFastPathEnd
	) {
		return true;
	}

	if (
		codePoint < wideMinimalCodePoint
		|| codePoint > wideMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(wideRanges, codePoint);
};

function lookup_getCategory(codePoint) {
	if (isAmbiguous(codePoint)) {
		return 'ambiguous';
	}

	if (isFullwidth(codePoint)) {
		return 'fullwidth';
	}

	if (isHalfwidth(codePoint)) {
		return 'halfwidth';
	}

	if (isNarrow(codePoint)) {
		return 'narrow';
	}

	if (isWide(codePoint)) {
		return 'wide';
	}

	return 'neutral';
}

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/index.js


function validate(codePoint) {
	if (!Number.isSafeInteger(codePoint)) {
		throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
	}
}

function eastAsianWidthType(codePoint) {
	validate(codePoint);

	return getCategory(codePoint);
}

function eastAsianWidth(codePoint, {ambiguousAsWide = false} = {}) {
	validate(codePoint);

	if (
		isFullwidth(codePoint)
		|| isWide(codePoint)
		|| (ambiguousAsWide && isAmbiguous(codePoint))
	) {
		return 2;
	}

	return 1;
}

// Private exports for https://github.com/sindresorhus/is-fullwidth-code-point


// EXTERNAL MODULE: ./node_modules/log-update/node_modules/emoji-regex/index.js
var emoji_regex = __nccwpck_require__(3864);
;// CONCATENATED MODULE: ./node_modules/log-update/node_modules/string-width/index.js




const segmenter = new Intl.Segmenter();

const defaultIgnorableCodePointRegex = /^\p{Default_Ignorable_Code_Point}$/u;

function stringWidth(string, options = {}) {
	if (typeof string !== 'string' || string.length === 0) {
		return 0;
	}

	const {
		ambiguousIsNarrow = true,
		countAnsiEscapeCodes = false,
	} = options;

	if (!countAnsiEscapeCodes) {
		string = stripAnsi(string);
	}

	if (string.length === 0) {
		return 0;
	}

	let width = 0;
	const eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};

	for (const {segment: character} of segmenter.segment(string)) {
		const codePoint = character.codePointAt(0);

		// Ignore control characters
		if (codePoint <= 0x1F || (codePoint >= 0x7F && codePoint <= 0x9F)) {
			continue;
		}

		// Ignore zero-width characters
		if (
			(codePoint >= 0x20_0B && codePoint <= 0x20_0F) // Zero-width space, non-joiner, joiner, left-to-right mark, right-to-left mark
			|| codePoint === 0xFE_FF // Zero-width no-break space
		) {
			continue;
		}

		// Ignore combining characters
		if (
			(codePoint >= 0x3_00 && codePoint <= 0x3_6F) // Combining diacritical marks
			|| (codePoint >= 0x1A_B0 && codePoint <= 0x1A_FF) // Combining diacritical marks extended
			|| (codePoint >= 0x1D_C0 && codePoint <= 0x1D_FF) // Combining diacritical marks supplement
			|| (codePoint >= 0x20_D0 && codePoint <= 0x20_FF) // Combining diacritical marks for symbols
			|| (codePoint >= 0xFE_20 && codePoint <= 0xFE_2F) // Combining half marks
		) {
			continue;
		}

		// Ignore surrogate pairs
		if (codePoint >= 0xD8_00 && codePoint <= 0xDF_FF) {
			continue;
		}

		// Ignore variation selectors
		if (codePoint >= 0xFE_00 && codePoint <= 0xFE_0F) {
			continue;
		}

		// This covers some of the above cases, but we still keep them for performance reasons.
		if (defaultIgnorableCodePointRegex.test(character)) {
			continue;
		}

		// TODO: Use `/\p{RGI_Emoji}/v` when targeting Node.js 20.
		if (emoji_regex().test(character)) {
			width += 2;
			continue;
		}

		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}

	return width;
}

;// CONCATENATED MODULE: ./node_modules/log-update/node_modules/ansi-styles/index.js
const ANSI_BACKGROUND_OFFSET = 10;

const wrapAnsi16 = (offset = 0) => code => `\u001B[${code + offset}m`;

const wrapAnsi256 = (offset = 0) => code => `\u001B[${38 + offset};5;${code}m`;

const wrapAnsi16m = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;

const styles = {
	modifier: {
		reset: [0, 0],
		// 21 isn't widely supported and 22 does the same thing
		bold: [1, 22],
		dim: [2, 22],
		italic: [3, 23],
		underline: [4, 24],
		overline: [53, 55],
		inverse: [7, 27],
		hidden: [8, 28],
		strikethrough: [9, 29],
	},
	color: {
		black: [30, 39],
		red: [31, 39],
		green: [32, 39],
		yellow: [33, 39],
		blue: [34, 39],
		magenta: [35, 39],
		cyan: [36, 39],
		white: [37, 39],

		// Bright color
		blackBright: [90, 39],
		gray: [90, 39], // Alias of `blackBright`
		grey: [90, 39], // Alias of `blackBright`
		redBright: [91, 39],
		greenBright: [92, 39],
		yellowBright: [93, 39],
		blueBright: [94, 39],
		magentaBright: [95, 39],
		cyanBright: [96, 39],
		whiteBright: [97, 39],
	},
	bgColor: {
		bgBlack: [40, 49],
		bgRed: [41, 49],
		bgGreen: [42, 49],
		bgYellow: [43, 49],
		bgBlue: [44, 49],
		bgMagenta: [45, 49],
		bgCyan: [46, 49],
		bgWhite: [47, 49],

		// Bright color
		bgBlackBright: [100, 49],
		bgGray: [100, 49], // Alias of `bgBlackBright`
		bgGrey: [100, 49], // Alias of `bgBlackBright`
		bgRedBright: [101, 49],
		bgGreenBright: [102, 49],
		bgYellowBright: [103, 49],
		bgBlueBright: [104, 49],
		bgMagentaBright: [105, 49],
		bgCyanBright: [106, 49],
		bgWhiteBright: [107, 49],
	},
};

const modifierNames = Object.keys(styles.modifier);
const foregroundColorNames = Object.keys(styles.color);
const backgroundColorNames = Object.keys(styles.bgColor);
const colorNames = [...foregroundColorNames, ...backgroundColorNames];

function assembleStyles() {
	const codes = new Map();

	for (const [groupName, group] of Object.entries(styles)) {
		for (const [styleName, style] of Object.entries(group)) {
			styles[styleName] = {
				open: `\u001B[${style[0]}m`,
				close: `\u001B[${style[1]}m`,
			};

			group[styleName] = styles[styleName];

			codes.set(style[0], style[1]);
		}

		Object.defineProperty(styles, groupName, {
			value: group,
			enumerable: false,
		});
	}

	Object.defineProperty(styles, 'codes', {
		value: codes,
		enumerable: false,
	});

	styles.color.close = '\u001B[39m';
	styles.bgColor.close = '\u001B[49m';

	styles.color.ansi = wrapAnsi16();
	styles.color.ansi256 = wrapAnsi256();
	styles.color.ansi16m = wrapAnsi16m();
	styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
	styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
	styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);

	// From https://github.com/Qix-/color-convert/blob/3f0e0d4e92e235796ccb17f6e85c72094a651f49/conversions.js
	Object.defineProperties(styles, {
		rgbToAnsi256: {
			value(red, green, blue) {
				// We use the extended greyscale palette here, with the exception of
				// black and white. normal palette only has 4 greyscale shades.
				if (red === green && green === blue) {
					if (red < 8) {
						return 16;
					}

					if (red > 248) {
						return 231;
					}

					return Math.round(((red - 8) / 247) * 24) + 232;
				}

				return 16
					+ (36 * Math.round(red / 255 * 5))
					+ (6 * Math.round(green / 255 * 5))
					+ Math.round(blue / 255 * 5);
			},
			enumerable: false,
		},
		hexToRgb: {
			value(hex) {
				const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
				if (!matches) {
					return [0, 0, 0];
				}

				let [colorString] = matches;

				if (colorString.length === 3) {
					colorString = [...colorString].map(character => character + character).join('');
				}

				const integer = Number.parseInt(colorString, 16);

				return [
					/* eslint-disable no-bitwise */
					(integer >> 16) & 0xFF,
					(integer >> 8) & 0xFF,
					integer & 0xFF,
					/* eslint-enable no-bitwise */
				];
			},
			enumerable: false,
		},
		hexToAnsi256: {
			value: hex => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
			enumerable: false,
		},
		ansi256ToAnsi: {
			value(code) {
				if (code < 8) {
					return 30 + code;
				}

				if (code < 16) {
					return 90 + (code - 8);
				}

				let red;
				let green;
				let blue;

				if (code >= 232) {
					red = (((code - 232) * 10) + 8) / 255;
					green = red;
					blue = red;
				} else {
					code -= 16;

					const remainder = code % 36;

					red = Math.floor(code / 36) / 5;
					green = Math.floor(remainder / 6) / 5;
					blue = (remainder % 6) / 5;
				}

				const value = Math.max(red, green, blue) * 2;

				if (value === 0) {
					return 30;
				}

				// eslint-disable-next-line no-bitwise
				let result = 30 + ((Math.round(blue) << 2) | (Math.round(green) << 1) | Math.round(red));

				if (value === 2) {
					result += 60;
				}

				return result;
			},
			enumerable: false,
		},
		rgbToAnsi: {
			value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
			enumerable: false,
		},
		hexToAnsi: {
			value: hex => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
			enumerable: false,
		},
	});

	return styles;
}

const ansiStyles = assembleStyles();

/* harmony default export */ const ansi_styles = (ansiStyles);

;// CONCATENATED MODULE: ./node_modules/log-update/node_modules/wrap-ansi/index.js




const wrap_ansi_ESCAPES = new Set([
	'\u001B',
	'\u009B',
]);

const END_CODE = 39;
const ANSI_ESCAPE_BELL = '\u0007';
const ANSI_CSI = '[';
const ANSI_OSC = ']';
const ANSI_SGR_TERMINATOR = 'm';
const ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;

const wrapAnsiCode = code => `${wrap_ansi_ESCAPES.values().next().value}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
const wrapAnsiHyperlink = url => `${wrap_ansi_ESCAPES.values().next().value}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;

// Calculate the length of words split on ' ', ignoring
// the extra characters added by ansi escape codes
const wordLengths = string => string.split(' ').map(character => stringWidth(character));

// Wrap a long word across multiple rows
// Ansi escape codes do not count towards length
const wrapWord = (rows, word, columns) => {
	const characters = [...word];

	let isInsideEscape = false;
	let isInsideLinkEscape = false;
	let visible = stringWidth(stripAnsi(rows.at(-1)));

	for (const [index, character] of characters.entries()) {
		const characterLength = stringWidth(character);

		if (visible + characterLength <= columns) {
			rows[rows.length - 1] += character;
		} else {
			rows.push(character);
			visible = 0;
		}

		if (wrap_ansi_ESCAPES.has(character)) {
			isInsideEscape = true;

			const ansiEscapeLinkCandidate = characters.slice(index + 1, index + 1 + ANSI_ESCAPE_LINK.length).join('');
			isInsideLinkEscape = ansiEscapeLinkCandidate === ANSI_ESCAPE_LINK;
		}

		if (isInsideEscape) {
			if (isInsideLinkEscape) {
				if (character === ANSI_ESCAPE_BELL) {
					isInsideEscape = false;
					isInsideLinkEscape = false;
				}
			} else if (character === ANSI_SGR_TERMINATOR) {
				isInsideEscape = false;
			}

			continue;
		}

		visible += characterLength;

		if (visible === columns && index < characters.length - 1) {
			rows.push('');
			visible = 0;
		}
	}

	// It's possible that the last row we copy over is only
	// ansi escape characters, handle this edge-case
	if (!visible && rows.at(-1).length > 0 && rows.length > 1) {
		rows[rows.length - 2] += rows.pop();
	}
};

// Trims spaces from a string ignoring invisible sequences
const stringVisibleTrimSpacesRight = string => {
	const words = string.split(' ');
	let last = words.length;

	while (last > 0) {
		if (stringWidth(words[last - 1]) > 0) {
			break;
		}

		last--;
	}

	if (last === words.length) {
		return string;
	}

	return words.slice(0, last).join(' ') + words.slice(last).join('');
};

// The wrap-ansi module can be invoked in either 'hard' or 'soft' wrap mode.
//
// 'hard' will never allow a string to take up more than columns characters.
//
// 'soft' allows long words to expand past the column length.
const exec = (string, columns, options = {}) => {
	if (options.trim !== false && string.trim() === '') {
		return '';
	}

	let returnValue = '';
	let escapeCode;
	let escapeUrl;

	const lengths = wordLengths(string);
	let rows = [''];

	for (const [index, word] of string.split(' ').entries()) {
		if (options.trim !== false) {
			rows[rows.length - 1] = rows.at(-1).trimStart();
		}

		let rowLength = stringWidth(rows.at(-1));

		if (index !== 0) {
			if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
				// If we start with a new word but the current row length equals the length of the columns, add a new row
				rows.push('');
				rowLength = 0;
			}

			if (rowLength > 0 || options.trim === false) {
				rows[rows.length - 1] += ' ';
				rowLength++;
			}
		}

		// In 'hard' wrap mode, the length of a line is never allowed to extend past 'columns'
		if (options.hard && lengths[index] > columns) {
			const remainingColumns = (columns - rowLength);
			const breaksStartingThisLine = 1 + Math.floor((lengths[index] - remainingColumns - 1) / columns);
			const breaksStartingNextLine = Math.floor((lengths[index] - 1) / columns);
			if (breaksStartingNextLine < breaksStartingThisLine) {
				rows.push('');
			}

			wrapWord(rows, word, columns);
			continue;
		}

		if (rowLength + lengths[index] > columns && rowLength > 0 && lengths[index] > 0) {
			if (options.wordWrap === false && rowLength < columns) {
				wrapWord(rows, word, columns);
				continue;
			}

			rows.push('');
		}

		if (rowLength + lengths[index] > columns && options.wordWrap === false) {
			wrapWord(rows, word, columns);
			continue;
		}

		rows[rows.length - 1] += word;
	}

	if (options.trim !== false) {
		rows = rows.map(row => stringVisibleTrimSpacesRight(row));
	}

	const preString = rows.join('\n');
	const pre = [...preString];

	// We need to keep a separate index as `String#slice()` works on Unicode code units, while `pre` is an array of codepoints.
	let preStringIndex = 0;

	for (const [index, character] of pre.entries()) {
		returnValue += character;

		if (wrap_ansi_ESCAPES.has(character)) {
			const {groups} = new RegExp(`(?:\\${ANSI_CSI}(?<code>\\d+)m|\\${ANSI_ESCAPE_LINK}(?<uri>.*)${ANSI_ESCAPE_BELL})`).exec(preString.slice(preStringIndex)) || {groups: {}};
			if (groups.code !== undefined) {
				const code = Number.parseFloat(groups.code);
				escapeCode = code === END_CODE ? undefined : code;
			} else if (groups.uri !== undefined) {
				escapeUrl = groups.uri.length === 0 ? undefined : groups.uri;
			}
		}

		const code = ansi_styles.codes.get(Number(escapeCode));

		if (pre[index + 1] === '\n') {
			if (escapeUrl) {
				returnValue += wrapAnsiHyperlink('');
			}

			if (escapeCode && code) {
				returnValue += wrapAnsiCode(code);
			}
		} else if (character === '\n') {
			if (escapeCode && code) {
				returnValue += wrapAnsiCode(escapeCode);
			}

			if (escapeUrl) {
				returnValue += wrapAnsiHyperlink(escapeUrl);
			}
		}

		preStringIndex += character.length;
	}

	return returnValue;
};

// For each newline, invoke the method separately
function wrapAnsi(string, columns, options) {
	return String(string)
		.normalize()
		.replaceAll('\r\n', '\n')
		.split('\n')
		.map(line => exec(line, columns, options))
		.join('\n');
}

;// CONCATENATED MODULE: ./node_modules/slice-ansi/node_modules/ansi-styles/index.js
const ansi_styles_ANSI_BACKGROUND_OFFSET = 10;

const ansi_styles_wrapAnsi16 = (offset = 0) => code => `\u001B[${code + offset}m`;

const ansi_styles_wrapAnsi256 = (offset = 0) => code => `\u001B[${38 + offset};5;${code}m`;

const ansi_styles_wrapAnsi16m = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;

const ansi_styles_styles = {
	modifier: {
		reset: [0, 0],
		// 21 isn't widely supported and 22 does the same thing
		bold: [1, 22],
		dim: [2, 22],
		italic: [3, 23],
		underline: [4, 24],
		overline: [53, 55],
		inverse: [7, 27],
		hidden: [8, 28],
		strikethrough: [9, 29],
	},
	color: {
		black: [30, 39],
		red: [31, 39],
		green: [32, 39],
		yellow: [33, 39],
		blue: [34, 39],
		magenta: [35, 39],
		cyan: [36, 39],
		white: [37, 39],

		// Bright color
		blackBright: [90, 39],
		gray: [90, 39], // Alias of `blackBright`
		grey: [90, 39], // Alias of `blackBright`
		redBright: [91, 39],
		greenBright: [92, 39],
		yellowBright: [93, 39],
		blueBright: [94, 39],
		magentaBright: [95, 39],
		cyanBright: [96, 39],
		whiteBright: [97, 39],
	},
	bgColor: {
		bgBlack: [40, 49],
		bgRed: [41, 49],
		bgGreen: [42, 49],
		bgYellow: [43, 49],
		bgBlue: [44, 49],
		bgMagenta: [45, 49],
		bgCyan: [46, 49],
		bgWhite: [47, 49],

		// Bright color
		bgBlackBright: [100, 49],
		bgGray: [100, 49], // Alias of `bgBlackBright`
		bgGrey: [100, 49], // Alias of `bgBlackBright`
		bgRedBright: [101, 49],
		bgGreenBright: [102, 49],
		bgYellowBright: [103, 49],
		bgBlueBright: [104, 49],
		bgMagentaBright: [105, 49],
		bgCyanBright: [106, 49],
		bgWhiteBright: [107, 49],
	},
};

const ansi_styles_modifierNames = Object.keys(ansi_styles_styles.modifier);
const ansi_styles_foregroundColorNames = Object.keys(ansi_styles_styles.color);
const ansi_styles_backgroundColorNames = Object.keys(ansi_styles_styles.bgColor);
const ansi_styles_colorNames = [...ansi_styles_foregroundColorNames, ...ansi_styles_backgroundColorNames];

function ansi_styles_assembleStyles() {
	const codes = new Map();

	for (const [groupName, group] of Object.entries(ansi_styles_styles)) {
		for (const [styleName, style] of Object.entries(group)) {
			ansi_styles_styles[styleName] = {
				open: `\u001B[${style[0]}m`,
				close: `\u001B[${style[1]}m`,
			};

			group[styleName] = ansi_styles_styles[styleName];

			codes.set(style[0], style[1]);
		}

		Object.defineProperty(ansi_styles_styles, groupName, {
			value: group,
			enumerable: false,
		});
	}

	Object.defineProperty(ansi_styles_styles, 'codes', {
		value: codes,
		enumerable: false,
	});

	ansi_styles_styles.color.close = '\u001B[39m';
	ansi_styles_styles.bgColor.close = '\u001B[49m';

	ansi_styles_styles.color.ansi = ansi_styles_wrapAnsi16();
	ansi_styles_styles.color.ansi256 = ansi_styles_wrapAnsi256();
	ansi_styles_styles.color.ansi16m = ansi_styles_wrapAnsi16m();
	ansi_styles_styles.bgColor.ansi = ansi_styles_wrapAnsi16(ansi_styles_ANSI_BACKGROUND_OFFSET);
	ansi_styles_styles.bgColor.ansi256 = ansi_styles_wrapAnsi256(ansi_styles_ANSI_BACKGROUND_OFFSET);
	ansi_styles_styles.bgColor.ansi16m = ansi_styles_wrapAnsi16m(ansi_styles_ANSI_BACKGROUND_OFFSET);

	// From https://github.com/Qix-/color-convert/blob/3f0e0d4e92e235796ccb17f6e85c72094a651f49/conversions.js
	Object.defineProperties(ansi_styles_styles, {
		rgbToAnsi256: {
			value(red, green, blue) {
				// We use the extended greyscale palette here, with the exception of
				// black and white. normal palette only has 4 greyscale shades.
				if (red === green && green === blue) {
					if (red < 8) {
						return 16;
					}

					if (red > 248) {
						return 231;
					}

					return Math.round(((red - 8) / 247) * 24) + 232;
				}

				return 16
					+ (36 * Math.round(red / 255 * 5))
					+ (6 * Math.round(green / 255 * 5))
					+ Math.round(blue / 255 * 5);
			},
			enumerable: false,
		},
		hexToRgb: {
			value(hex) {
				const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
				if (!matches) {
					return [0, 0, 0];
				}

				let [colorString] = matches;

				if (colorString.length === 3) {
					colorString = [...colorString].map(character => character + character).join('');
				}

				const integer = Number.parseInt(colorString, 16);

				return [
					/* eslint-disable no-bitwise */
					(integer >> 16) & 0xFF,
					(integer >> 8) & 0xFF,
					integer & 0xFF,
					/* eslint-enable no-bitwise */
				];
			},
			enumerable: false,
		},
		hexToAnsi256: {
			value: hex => ansi_styles_styles.rgbToAnsi256(...ansi_styles_styles.hexToRgb(hex)),
			enumerable: false,
		},
		ansi256ToAnsi: {
			value(code) {
				if (code < 8) {
					return 30 + code;
				}

				if (code < 16) {
					return 90 + (code - 8);
				}

				let red;
				let green;
				let blue;

				if (code >= 232) {
					red = (((code - 232) * 10) + 8) / 255;
					green = red;
					blue = red;
				} else {
					code -= 16;

					const remainder = code % 36;

					red = Math.floor(code / 36) / 5;
					green = Math.floor(remainder / 6) / 5;
					blue = (remainder % 6) / 5;
				}

				const value = Math.max(red, green, blue) * 2;

				if (value === 0) {
					return 30;
				}

				// eslint-disable-next-line no-bitwise
				let result = 30 + ((Math.round(blue) << 2) | (Math.round(green) << 1) | Math.round(red));

				if (value === 2) {
					result += 60;
				}

				return result;
			},
			enumerable: false,
		},
		rgbToAnsi: {
			value: (red, green, blue) => ansi_styles_styles.ansi256ToAnsi(ansi_styles_styles.rgbToAnsi256(red, green, blue)),
			enumerable: false,
		},
		hexToAnsi: {
			value: hex => ansi_styles_styles.ansi256ToAnsi(ansi_styles_styles.hexToAnsi256(hex)),
			enumerable: false,
		},
	});

	return ansi_styles_styles;
}

const ansi_styles_ansiStyles = ansi_styles_assembleStyles();

/* harmony default export */ const node_modules_ansi_styles = (ansi_styles_ansiStyles);

;// CONCATENATED MODULE: ./node_modules/slice-ansi/node_modules/is-fullwidth-code-point/index.js


function isFullwidthCodePoint(codePoint) {
	if (!Number.isInteger(codePoint)) {
		return false;
	}

	return isFullwidth(codePoint) || isWide(codePoint);
}

;// CONCATENATED MODULE: ./node_modules/slice-ansi/index.js



// \x1b and \x9b
const slice_ansi_ESCAPES = new Set([27, 155]);

const CODE_POINT_0 = '0'.codePointAt(0);
const CODE_POINT_9 = '9'.codePointAt(0);

const MAX_ANSI_SEQUENCE_LENGTH = 19;

const endCodesSet = new Set();
const endCodesMap = new Map();
for (const [start, end] of node_modules_ansi_styles.codes) {
	endCodesSet.add(node_modules_ansi_styles.color.ansi(end));
	endCodesMap.set(node_modules_ansi_styles.color.ansi(start), node_modules_ansi_styles.color.ansi(end));
}

function getEndCode(code) {
	if (endCodesSet.has(code)) {
		return code;
	}

	if (endCodesMap.has(code)) {
		return endCodesMap.get(code);
	}

	code = code.slice(2);
	if (code.includes(';')) {
		code = code[0] + '0';
	}

	const returnValue = node_modules_ansi_styles.codes.get(Number.parseInt(code, 10));
	if (returnValue) {
		return node_modules_ansi_styles.color.ansi(returnValue);
	}

	return node_modules_ansi_styles.reset.open;
}

function findNumberIndex(string) {
	for (let index = 0; index < string.length; index++) {
		const codePoint = string.codePointAt(index);
		if (codePoint >= CODE_POINT_0 && codePoint <= CODE_POINT_9) {
			return index;
		}
	}

	return -1;
}

function parseAnsiCode(string, offset) {
	string = string.slice(offset, offset + MAX_ANSI_SEQUENCE_LENGTH);
	const startIndex = findNumberIndex(string);
	if (startIndex !== -1) {
		let endIndex = string.indexOf('m', startIndex);
		if (endIndex === -1) {
			endIndex = string.length;
		}

		return string.slice(0, endIndex + 1);
	}
}

function tokenize(string, endCharacter = Number.POSITIVE_INFINITY) {
	const returnValue = [];

	let index = 0;
	let visibleCount = 0;
	while (index < string.length) {
		const codePoint = string.codePointAt(index);

		if (slice_ansi_ESCAPES.has(codePoint)) {
			const code = parseAnsiCode(string, index);
			if (code) {
				returnValue.push({
					type: 'ansi',
					code,
					endCode: getEndCode(code),
				});
				index += code.length;
				continue;
			}
		}

		const isFullWidth = isFullwidthCodePoint(codePoint);
		const character = String.fromCodePoint(codePoint);

		returnValue.push({
			type: 'character',
			value: character,
			isFullWidth,
		});

		index += character.length;
		visibleCount += isFullWidth ? 2 : character.length;

		if (visibleCount >= endCharacter) {
			break;
		}
	}

	return returnValue;
}

function reduceAnsiCodes(codes) {
	let returnValue = [];

	for (const code of codes) {
		if (code.code === node_modules_ansi_styles.reset.open) {
			// Reset code, disable all codes
			returnValue = [];
		} else if (endCodesSet.has(code.code)) {
			// This is an end code, disable all matching start codes
			returnValue = returnValue.filter(returnValueCode => returnValueCode.endCode !== code.code);
		} else {
			// This is a start code. Disable all styles this "overrides", then enable it
			returnValue = returnValue.filter(returnValueCode => returnValueCode.endCode !== code.endCode);
			returnValue.push(code);
		}
	}

	return returnValue;
}

function undoAnsiCodes(codes) {
	const reduced = reduceAnsiCodes(codes);
	const endCodes = reduced.map(({endCode}) => endCode);
	return endCodes.reverse().join('');
}

function sliceAnsi(string, start, end) {
	const tokens = tokenize(string, end);
	let activeCodes = [];
	let position = 0;
	let returnValue = '';
	let include = false;

	for (const token of tokens) {
		if (end !== undefined && position >= end) {
			break;
		}

		if (token.type === 'ansi') {
			activeCodes.push(token);
			if (include) {
				returnValue += token.code;
			}
		} else {
			// Character
			if (!include && position >= start) {
				include = true;
				// Simplify active codes
				activeCodes = reduceAnsiCodes(activeCodes);
				returnValue = activeCodes.map(({code}) => code).join('');
			}

			if (include) {
				returnValue += token.value;
			}

			position += token.isFullWidth ? 2 : token.value.length;
		}
	}

	// Disable active codes at the end
	returnValue += undoAnsiCodes(activeCodes);
	return returnValue;
}

;// CONCATENATED MODULE: ./node_modules/log-update/index.js







const defaultTerminalHeight = 24;

const getWidth = ({columns = 80}) => columns;

const fitToTerminalHeight = (stream, text) => {
	const terminalHeight = stream.rows ?? defaultTerminalHeight;
	const lines = text.split('\n');
	const toRemove = Math.max(0, lines.length - terminalHeight);
	return toRemove ? sliceAnsi(text, stripAnsi(lines.slice(0, toRemove).join('\n')).length + 1) : text;
};

function createLogUpdate(stream, {showCursor = false} = {}) {
	let previousLineCount = 0;
	let previousWidth = getWidth(stream);
	let previousOutput = '';

	const reset = () => {
		previousOutput = '';
		previousWidth = getWidth(stream);
		previousLineCount = 0;
	};

	const render = (...arguments_) => {
		if (!showCursor) {
			cli_cursor.hide();
		}

		let output = fitToTerminalHeight(stream, arguments_.join(' ') + '\n');
		const width = getWidth(stream);

		if (output === previousOutput && previousWidth === width) {
			return;
		}

		previousOutput = output;
		previousWidth = width;
		output = wrapAnsi(output, width, {trim: false, hard: true, wordWrap: false});

		stream.write(eraseLines(previousLineCount) + output);
		previousLineCount = output.split('\n').length;
	};

	render.clear = () => {
		stream.write(eraseLines(previousLineCount));
		reset();
	};

	render.done = () => {
		reset();
		if (!showCursor) {
			cli_cursor.show();
		}
	};

	return render;
}

const logUpdate = createLogUpdate(external_node_process_namespaceObject.stdout);
/* harmony default export */ const log_update = ((/* unused pure expression or super */ null && (logUpdate)));

const logUpdateStderr = createLogUpdate(external_node_process_namespaceObject.stderr);

;// CONCATENATED MODULE: ./src/engine/progress.ts

/** A Progress that says nothing, for tests. */
const silentProgress = {
    group: (_title, work) => work(),
    info: () => undefined,
    output: () => undefined
};
/**
 * `layer 3 of 7, 120 MB of 737 MB, 45.2 MB/s, 14 s left`: one measurement's progress in plain text,
 * `elapsedMs` after it started. Figures the engine did not give are left out, never guessed.
 */
function describeMeasureProgress(progress, elapsedMs) {
    const { layer, layers, bytesRead, bytesTotal } = progress;
    const parts = [layers ? `layer ${Math.min(layer, layers)} of ${layers}` : `layer ${layer}`];
    parts.push(bytesTotal
        ? `${format_formatBytes(bytesRead)} of ${format_formatBytes(bytesTotal)}`
        : `${format_formatBytes(bytesRead)} read`);
    const rate = elapsedMs >= 1000 ? bytesRead / (elapsedMs / 1000) : undefined;
    if (rate !== undefined)
        parts.push(`${format_formatBytes(Math.round(rate))}/s`);
    if (progress.done)
        parts.push(`done in ${formatDuration(elapsedMs / 1000)}`);
    else if (rate && bytesTotal && bytesTotal > bytesRead)
        parts.push(`${formatDuration((bytesTotal - bytesRead) / rate)} left`);
    return parts.join(', ');
}
/**
 * For a log without a live line (Actions, a CLI whose stderr is no terminal): the progress as one
 * plain line every `intervalMs`, and a last one when the measurement took that long at all.
 */
function periodicProgressLines(write, intervalMs = 10_000, now = Date.now) {
    let started;
    let last = 0;
    return progress => {
        const time = now();
        if (started === undefined || (progress.layer <= 1 && progress.bytesRead === 0)) {
            started = time;
            last = time;
        }
        if (progress.done) {
            if (time - started >= intervalMs)
                write(describeMeasureProgress(progress, time - started));
            started = undefined;
            return;
        }
        if (time - last < intervalMs)
            return;
        last = time;
        write(describeMeasureProgress(progress, time - started));
    };
}

;// CONCATENATED MODULE: ./src/cli/progress.ts


/** How often the live line is redrawn: fast enough to look live, slow enough to cost nothing. */
const REDRAW_MS = 100;
/**
 * The engine's progress on stderr, so stdout holds only the report: a line per phase, logs with
 * --verbose, and while an image is measured a live line on a terminal (a plain line every 10 s
 * when stderr is a file or a pipe).
 */
function stderrProgress(verbose, stream = process.stderr) {
    return {
        group: async (title, work) => {
            stream.write(`• ${title}…\n`);
            return work();
        },
        info: line => {
            if (verbose)
                stream.write(`${line}\n`);
        },
        output: chunk => {
            if (verbose)
                stream.write(chunk);
        },
        measuring: stream.isTTY
            ? liveProgressLine(stream)
            : periodicProgressLines(line => stream.write(`  ${line}\n`))
    };
}
/** One line redrawn in place (log-update), left on screen with its final figures when done. */
function liveProgressLine(stream, now = Date.now) {
    const draw = createLogUpdate(stream, { showCursor: true });
    let started;
    let drawn = 0;
    return progress => {
        const time = now();
        started ??= time;
        if (progress.done) {
            draw(`  ${describeMeasureProgress(progress, time - started)}`);
            draw.done();
            started = undefined;
            drawn = 0;
            return;
        }
        if (time - drawn < REDRAW_MS)
            return;
        drawn = time;
        draw(`  ${describeMeasureProgress(progress, time - started)}`);
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts









const EXIT_OVER_BUDGET = 1;
const EXIT_USAGE = 2;
/** The CLI: the action's engine, with the report printed instead of published. */
async function main_main(argv) {
    let command;
    try {
        command = parseCommand(argv);
    }
    catch (error) {
        process.stderr.write(`go-image-budget: ${error.message}\n`);
        return EXIT_USAGE;
    }
    if (command === 'help') {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    try {
        if (command.driftReport) {
            process.stdout.write(await driftReport(command.driftReport, command.inputs));
            return 0;
        }
        const { baselineImage } = command.inputs;
        const report = await analyze(command.inputs, {
            progress: stderrProgress(command.verbose),
            cache: fileSizeCache(defaultSizeCacheDir()),
            ...(baselineImage && { baseline: { mode: 'build', image: baselineImage } })
        });
        const render = { json: renderJson, markdown: renderMarkdown, terminal: renderTerminal }[command.format];
        process.stdout.write(render(report));
        const failed = report.kind === 'build-failed' || !report.budget.within;
        return failed ? EXIT_OVER_BUDGET : 0;
    }
    catch (error) {
        process.stderr.write(`go-image-budget: ${error.message}\n`);
        return error instanceof InputError ? EXIT_USAGE : EXIT_OVER_BUDGET;
    }
}


/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
