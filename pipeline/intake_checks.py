"""What `sovtune intake` checks inside arriving files: archives, pickles, remote code, chat templates, GGUF.

Model files are data, never code: nothing here imports, unpickles or executes what it inspects. Each check
raises `IntakeRefused` with one line that says what was found and what to do.
"""

from __future__ import annotations

import json
import stat
import tarfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline.errors import SovtuneError

# Formats that unpickle on load (arbitrary code execution by design of pickle).
PICKLE_SUFFIXES = {".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt", ".joblib"}
# Files that are code: a model or data set that ships them wants them run.
CODE_SUFFIXES = {".py", ".pyc", ".pyo", ".so", ".dll", ".dylib", ".exe", ".sh", ".bat", ".ps1", ".ipynb"}
ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip")
MAX_MEMBERS = 100_000
# Sample conversation for rendering chat templates (system, user, assistant, user: what training feeds them).
_SAMPLE_MESSAGES = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Hello"},
    {"role": "assistant", "content": "Hi, how can I help?"},
    {"role": "user", "content": "What is a load-bearing wall?"},
]


class IntakeRefused(SovtuneError):
    """A file that must not enter the air-gapped side, with the reason."""


def is_archive(path: Path) -> bool:
    return path.is_file() and path.name.lower().endswith(ARCHIVE_SUFFIXES)


def _check_member_name(archive: Path, name: str) -> PurePosixPath:
    pure = PurePosixPath(name)
    windows_drive = len(name) > 1 and name[1] == ":"
    if not name or pure.is_absolute() or "\\" in name or windows_drive or ".." in pure.parts:
        raise IntakeRefused(f"{archive.name}: unsafe member {name!r} (absolute path or '..'); refusing the archive")
    return pure


def extract_archive(archive: Path, target: Path) -> int:
    """Extract `archive` into the empty directory `target`, refusing it whole if any member is unsafe.

    Unsafe: absolute paths, `..`, links of any kind, devices, fifos, setuid/setgid bits. Members are checked
    before anything is written. Returns the number of files extracted.
    """
    if archive.name.lower().endswith(".zip"):
        try:
            handle = zipfile.ZipFile(archive)  # noqa: SIM115 - closed by the `with` below
        except zipfile.BadZipFile as error:
            raise IntakeRefused(f"{archive.name}: not a readable zip archive ({error})") from None
        with handle:
            infos = handle.infolist()
            if len(infos) > MAX_MEMBERS:
                raise IntakeRefused(f"{archive.name}: more than {MAX_MEMBERS} members")
            for info in infos:
                _check_member_name(archive, info.filename)
                mode = info.external_attr >> 16
                if stat.S_ISLNK(mode):
                    raise IntakeRefused(f"{archive.name}: member {info.filename!r} is a symbolic link; refusing")
            handle.extractall(target)
            return sum(not info.is_dir() for info in infos)
    try:
        handle = tarfile.open(archive)  # noqa: SIM115 - closed by the `with` below; open errors need their message
    except tarfile.TarError as error:
        raise IntakeRefused(f"{archive.name}: not a readable archive ({error})") from None
    with handle:
        members = handle.getmembers()
        if len(members) > MAX_MEMBERS:
            raise IntakeRefused(f"{archive.name}: more than {MAX_MEMBERS} members")
        for member in members:
            _check_member_name(archive, member.name)
            if member.issym() or member.islnk():
                raise IntakeRefused(f"{archive.name}: member {member.name!r} is a link; refusing the archive")
            if not (member.isfile() or member.isdir()):
                raise IntakeRefused(f"{archive.name}: member {member.name!r} is a device or fifo; refusing")
            if member.mode & (stat.S_ISUID | stat.S_ISGID):
                raise IntakeRefused(f"{archive.name}: member {member.name!r} is setuid/setgid; refusing")
        # The "data" filter is a second line: it would refuse anything the checks above let through.
        handle.extractall(target, filter="data")
        return sum(member.isfile() for member in members)


def refuse_code(files: list[str]) -> None:
    """Refuse files that are programs (a model or data set that ships code wants it run)."""
    code = [name for name in files if PurePosixPath(name).suffix.lower() in CODE_SUFFIXES]
    if code:
        raise IntakeRefused(f"refusing code files {', '.join(code[:5])}: models and data sets are data, never code "
                            "(sovtune never runs supplier code; remove them and send the weights and configs only)")


def pickle_files(files: list[str]) -> list[str]:
    return [name for name in files if PurePosixPath(name).suffix.lower() in PICKLE_SUFFIXES]


def _known_architectures() -> tuple[set[str], set[str]]:
    """(model class names, model types) that transformers ships code for."""
    from transformers.models.auto import configuration_auto, modeling_auto

    classes: set[str] = set()
    for name in dir(modeling_auto):
        mapping = getattr(modeling_auto, name)
        if name.endswith("_MAPPING_NAMES") and isinstance(mapping, dict):
            for value in mapping.values():
                classes.update(value if isinstance(value, tuple | list) else [value])
    return classes, set(configuration_auto.CONFIG_MAPPING_NAMES)


def check_configs(root: Path, files: list[str]) -> dict[str, Any]:
    """Refuse configs that need remote code: `auto_map` anywhere, or an architecture transformers does not ship.

    Returns what was found in config.json (architectures, model_type) for the intake log.
    """
    found: dict[str, Any] = {}
    for name in files:
        if not name.endswith(".json") or PurePosixPath(name).name.startswith("."):
            continue
        if PurePosixPath(name).name not in {"config.json", "tokenizer_config.json", "processor_config.json",
                                            "preprocessor_config.json", "generation_config.json"}:
            continue
        try:
            data = json.loads((root / name).read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise IntakeRefused(f"{name}: not valid JSON ({error})") from None
        if not isinstance(data, dict):
            raise IntakeRefused(f"{name}: expected a JSON object")
        if "auto_map" in data or data.get("trust_remote_code"):
            raise IntakeRefused(f"{name} asks for remote code (auto_map / trust_remote_code): sovtune never runs "
                                "code shipped with a model; use a model whose architecture transformers ships")
        if PurePosixPath(name).name == "config.json":
            classes, types = _known_architectures()
            architectures = data.get("architectures") or []
            unknown = [arch for arch in architectures if arch not in classes]
            model_type = data.get("model_type")
            if unknown or (model_type is not None and model_type not in types):
                what = ", ".join(unknown) or f"model_type {model_type!r}"
                raise IntakeRefused(f"{name}: custom architecture {what} is not part of transformers and would need "
                                    "remote code; refusing (model files are data, never code)")
            found[name] = {"architectures": architectures, "model_type": model_type}
    return found


def _template_environment():  # noqa: ANN202 - a jinja2 environment
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        from jinja2.exceptions import TemplateError

        raise TemplateError(message)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.filters["tojson"] = lambda value, indent=None: json.dumps(value, ensure_ascii=False, indent=indent)
    env.globals.update(raise_exception=raise_exception, strftime_now=lambda fmt: "2026-01-01")
    return env


def _static_escapes(env: Any, source: str) -> list[str]:
    """Attribute names a template reaches that the sandbox would refuse, even on branches our sample skips."""
    from jinja2 import nodes
    from jinja2.sandbox import UNSAFE_FUNCTION_ATTRIBUTES, UNSAFE_GENERATOR_ATTRIBUTES, UNSAFE_METHOD_ATTRIBUTES

    unsafe = UNSAFE_FUNCTION_ATTRIBUTES | UNSAFE_METHOD_ATTRIBUTES | UNSAFE_GENERATOR_ATTRIBUTES | {
        "mro", "gi_frame", "f_globals", "f_locals", "f_builtins", "cr_frame", "ag_frame", "tb_frame"}
    found = []
    for node in env.parse(source).find_all((nodes.Getattr, nodes.Getitem)):
        attr = node.attr if isinstance(node, nodes.Getattr) else (
            node.arg.value if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str) else None)
        if attr and (attr.startswith("_") or attr in unsafe):
            found.append(attr)
    return found


def check_chat_template(source: str, where: str) -> str:
    """Render a chat template in jinja2's immutable sandbox; refuse one that reaches outside it.

    Two checks: a static scan of every attribute the template names (so an escape hidden on an untaken branch
    is found too), then a real render of a sample conversation, where the sandbox raises SecurityError on any
    unsafe access. Returns the rendered sample (for the intake log's digest).
    """
    from jinja2.exceptions import SecurityError, TemplateError

    env = _template_environment()
    try:
        escapes = _static_escapes(env, source)
    except TemplateError as error:
        raise IntakeRefused(f"{where}: chat template does not parse ({error})") from None
    if escapes:
        raise IntakeRefused(f"{where}: chat template reaches {', '.join(sorted(set(escapes)))}, outside the sandbox; "
                            "refusing (a chat template must only format messages)")
    try:
        return env.from_string(source).render(messages=_SAMPLE_MESSAGES, add_generation_prompt=True,
                                              bos_token="<s>", eos_token="</s>", tools=None)
    except SecurityError as error:
        raise IntakeRefused(f"{where}: chat template escapes the sandbox ({error}); refusing") from None
    except (TemplateError, TypeError, ValueError) as error:
        raise IntakeRefused(f"{where}: chat template fails on a plain system/user/assistant conversation ({error})") \
            from None


def chat_templates(root: Path, files: list[str]) -> dict[str, str]:
    """{where: template source} for every chat template a Hugging Face directory carries."""
    found: dict[str, str] = {}
    for name in files:
        base = PurePosixPath(name).name
        if base.endswith(".jinja"):
            found[name] = (root / name).read_text(encoding="utf-8")
        elif base in {"tokenizer_config.json", "chat_template.json", "processor_config.json"}:
            data = json.loads((root / name).read_text(encoding="utf-8"))
            template = data.get("chat_template") if isinstance(data, dict) else None
            if isinstance(template, str):
                found[f"{name}:chat_template"] = template
            elif isinstance(template, list):  # [{name, template}, ...]
                for entry in template:
                    if isinstance(entry, dict) and isinstance(entry.get("template"), str):
                        found[f"{name}:chat_template[{entry.get('name', '?')}]"] = entry["template"]
    return found


def check_gguf(path: Path, where: str) -> dict[str, Any]:
    """Read a GGUF file's header and metadata (nothing is loaded into a model) and check they are sane.

    Refuses: an unreadable header, no `general.architecture`, an architecture transformers cannot load, no
    tensors, tensor data past the end of the file, or a chat template that escapes the sandbox.
    """
    from gguf import GGUFReader

    try:
        reader = GGUFReader(path)
    except Exception as error:  # noqa: BLE001 - any parse failure means "not a GGUF we accept"
        raise IntakeRefused(f"{where}: not a readable GGUF file ({error})") from None

    def field_value(key: str) -> Any:
        field = reader.fields.get(key)
        if field is None:
            return None
        try:
            return field.contents()
        except Exception:  # noqa: BLE001
            return None

    architecture = field_value("general.architecture")
    if not isinstance(architecture, str) or not architecture:
        raise IntakeRefused(f"{where}: GGUF metadata has no general.architecture")
    from transformers.integrations.ggml import GGUF_CONFIG_MAPPING

    if architecture not in GGUF_CONFIG_MAPPING:
        raise IntakeRefused(f"{where}: GGUF architecture {architecture!r} cannot be loaded by transformers "
                            f"(supported: {', '.join(sorted(GGUF_CONFIG_MAPPING))})")
    if not reader.tensors:
        raise IntakeRefused(f"{where}: GGUF file holds no tensors")
    size = path.stat().st_size
    for tensor in reader.tensors:
        if tensor.data_offset + tensor.n_bytes > size:
            raise IntakeRefused(f"{where}: tensor {tensor.name} lies past the end of the file (truncated or forged)")
    template = field_value("tokenizer.chat_template")
    if isinstance(template, str):
        check_chat_template(template, f"{where}:tokenizer.chat_template")
    return {"architecture": architecture, "tensors": len(reader.tensors), "name": field_value("general.name"),
            "chat_template": isinstance(template, str)}


def check_safetensors(path: Path, where: str) -> int:
    """Open a safetensors file's header (validated by the library, no code runs); returns the tensor count."""
    from safetensors import safe_open

    try:
        with safe_open(str(path), framework="pt") as handle:
            return len(list(handle.keys()))
    except Exception as error:  # noqa: BLE001
        raise IntakeRefused(f"{where}: not a valid safetensors file ({error})") from None


def _flat_tensors(obj: Any, prefix: str = "") -> dict[str, Any]:
    import torch

    if isinstance(obj, torch.Tensor):
        return {prefix: obj}
    if isinstance(obj, dict):
        out: dict[str, Any] = {}
        for key, value in obj.items():
            out.update(_flat_tensors(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {}  # step counters, version strings: not weights


def convert_pickle(source: Path, target: Path) -> int:
    """Convert a pickle checkpoint to safetensors, loading it with `weights_only=True` (no arbitrary objects).

    A checkpoint whose pickle needs anything beyond tensors and plain containers is refused by torch itself.
    A `{"state_dict": {...}}` wrapper is unwrapped. Returns the number of tensors written.
    """
    import torch
    from safetensors.torch import save_file

    try:
        loaded = torch.load(source, map_location="cpu", weights_only=True)
    except Exception as error:  # noqa: BLE001 - torch raises UnpicklingError and friends
        raise IntakeRefused(f"{source.name}: refused by weights-only loading ({str(error).splitlines()[0]}); it "
                            "holds more than tensors") from None
    if isinstance(loaded, dict) and set(loaded) & {"state_dict", "model", "module"} and len(loaded) <= 8:
        for key in ("state_dict", "model", "module"):
            if isinstance(loaded.get(key), dict):
                loaded = loaded[key]
                break
    tensors = {name: tensor.contiguous().clone() for name, tensor in _flat_tensors(loaded).items()}
    if not tensors:
        raise IntakeRefused(f"{source.name}: holds no tensors; nothing to convert")
    save_file(tensors, str(target), metadata={"format": "pt", "converted_by": "sovtune intake"})
    return len(tensors)


def converted_name(name: str) -> str:
    """Where a converted pickle goes: pytorch_model*.bin -> model*.safetensors, else the same stem."""
    path = PurePosixPath(name)
    stem = path.stem.replace("pytorch_model", "model", 1) if path.stem.startswith("pytorch_model") else path.stem
    return str(path.with_name(f"{stem}.safetensors"))
