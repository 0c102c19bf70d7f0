"""Stage `train` on the tiny Llama and tiny data made here: inputs, labels, packing isolation, outputs, resume,
determinism and 2-process DDP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.config import TrainConfig, load_params
from pipeline.errors import SovtuneError
from pipeline.provenance import sha256_file
from pipeline.train import (
    IGNORE,
    Example,
    collate_rows,
    latest_checkpoint,
    load_examples,
    micro_batch_schedule,
    pack_examples,
    split_examples,
    tokenize_record,
    train,
    verify_redacted_inputs,
)

from .conftest import ROOT

ANSWERS = [
    "The concrete slab must cure for seven days before loading.",
    "Building permits are issued by the municipal planning office.",
    "Insulation thickness depends on the climate zone and the wall type.",
    "A moisture barrier stops condensation inside timber frame walls.",
    "Ask the structural engineer before removing a load-bearing wall.",
    "Contact the site manager by email or phone for access to the site.",
]


def _records(n: int = 36) -> list[dict]:
    records = []
    for i in range(n):
        answer = ANSWERS[i % len(ANSWERS)]
        if i % 3 == 0:
            records.append({"id": f"c{i}", "messages": [
                {"role": "user", "content": f"Question {i} about the site?"},
                {"role": "assistant", "content": answer},
            ]})
        elif i % 3 == 1:
            records.append({"id": f"i{i}", "instruction": f"Explain rule {i}.", "input": "", "output": answer})
        else:
            records.append({"id": f"t{i}", "text": answer + " " + ANSWERS[(i + 1) % len(ANSWERS)]})
    return records


def _write_data(root: Path, records: list[dict]) -> None:
    (root / "data" / "redacted").mkdir(parents=True, exist_ok=True)
    path = root / "data" / "redacted" / "demo.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (root / "reports").mkdir(exist_ok=True)
    report = {"inputs": {}, "outputs": {"data/redacted/demo.jsonl": sha256_file(path)}}
    (root / "reports" / "redaction.json").write_text(json.dumps(report), encoding="utf-8")


def _settings(root: Path, model_dir: Path, **overrides) -> dict:
    settings = {
        "base_dir": str(model_dir),
        "data_dir": str(root / "data" / "redacted"),
        "redaction_report": str(root / "reports" / "redaction.json"),
        "cache_dir": str(root / "data" / "cache"),
        "adapter_dir": str(root / "models" / "adapter"),
        "merged_dir": str(root / "models" / "merged"),
        "checkpoint_dir": str(root / "models" / "checkpoints"),
        "report_dir": str(root / "reports" / "train"),
        "max_length": 64,
        "micro_batch_size": 4,
        "grad_accum": 1,
        "max_steps": 6,
        "learning_rate": 3e-3,
        "warmup_steps": 1,
        "checkpoint_every": 2,
        "threads": 1,
        "lora": {"r": 4, "alpha": 8, "dropout": 0.1},
    }
    return {**settings, **overrides}


def _config(root: Path, model_dir: Path, **overrides) -> TrainConfig:
    return TrainConfig.model_validate(_settings(root, model_dir, **overrides))


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_dir)


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory: pytest.TempPathFactory, tiny_model_dir: Path) -> tuple[Path, dict]:
    """One uninterrupted tiny run shared by the output, determinism and resume tests."""
    root = tmp_path_factory.mktemp("reference")
    _write_data(root, _records())
    metrics = train(_config(root, tiny_model_dir))
    assert metrics is not None
    return root, metrics


# ------------------------------------------------------------------------------------------------ inputs


def test_refuses_data_not_matching_the_redaction_report(tmp_path: Path):
    _write_data(tmp_path, _records(4))
    data_dir, report = tmp_path / "data" / "redacted", tmp_path / "reports" / "redaction.json"
    assert list(verify_redacted_inputs(data_dir, report)) == ["demo.jsonl"]

    with open(data_dir / "demo.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "x", "text": "call Anna Svensson on 070-123 45 67"}) + "\n")
    with pytest.raises(SovtuneError, match="changed after redaction"):
        verify_redacted_inputs(data_dir, report)

    (data_dir / "demo.jsonl").unlink()
    (data_dir / "raw_copy.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(SovtuneError, match="not listed in"):
        verify_redacted_inputs(data_dir, report)

    report.unlink()
    with pytest.raises(SovtuneError, match="redact"):
        verify_redacted_inputs(data_dir, report)


def test_cli_train_refuses_unredacted_data_with_one_line(tmp_path: Path, tiny_model_dir: Path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    _write_data(tmp_path, _records(4))
    (tmp_path / "data" / "redacted" / "demo.jsonl").write_text('{"text": "unredacted"}\n', encoding="utf-8")
    params = tmp_path / "params.yaml"
    params.write_text(yaml.safe_dump({"import_model": {"name": "tiny"}, "train": _settings(tmp_path, tiny_model_dir)}))
    result = CliRunner().invoke(app, ["train", "--params", str(params)])
    assert result.exit_code == 2
    assert "changed after redaction" in result.output
    assert "Traceback" not in result.output


# ------------------------------------------------------------------------------------------ tokenisation


def _learned_text(tokenizer, example: Example) -> str:
    # targets[t] is the token after position t, so the learned tokens are the non-IGNORE targets.
    return tokenizer.decode([t for t in example.targets if t != IGNORE])


def test_chat_and_instruction_learn_only_the_assistant_reply(tokenizer):
    chat = {"messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "When can I load the slab?"},
        {"role": "assistant", "content": "After seven days."},
        {"role": "user", "content": "And the wall?"},
        {"role": "assistant", "content": "Ask the engineer."},
    ]}
    example = tokenize_record(tokenizer, chat, 0, 256)
    assert _learned_text(tokenizer, example) == "After seven days.<|im_end|>Ask the engineer.<|im_end|>"

    instruction = {"instruction": "When can I load the slab?", "input": "Concrete.", "output": "After seven days."}
    example = tokenize_record(tokenizer, instruction, 1, 256)
    assert _learned_text(tokenizer, example) == "After seven days.<|im_end|>"
    assert "When can I load the slab?\n\nConcrete." in tokenizer.decode(example.input_ids)


def test_plain_text_learns_every_token_and_truncates(tokenizer):
    example = tokenize_record(tokenizer, {"text": ANSWERS[0]}, 0, 256)
    assert example.targets[-1] == IGNORE
    assert list(example.targets[:-1]) == list(example.input_ids[1:])
    assert tokenizer.decode(example.input_ids) == ANSWERS[0] + "<|im_end|>"
    short = tokenize_record(tokenizer, {"text": " ".join(ANSWERS)}, 0, 16)
    assert len(short.input_ids) == 16


def test_record_without_known_fields_is_a_clear_error(tokenizer):
    with pytest.raises(SovtuneError, match="messages"):
        tokenize_record(tokenizer, {"id": "r1", "prompt": "x"}, 0, 64)


def test_cache_is_keyed_by_data_and_max_length(tmp_path: Path, tiny_model_dir: Path, tokenizer):
    _write_data(tmp_path, _records(6))
    files = [tmp_path / "data" / "redacted" / "demo.jsonl"]
    config = _config(tmp_path, tiny_model_dir)
    digests = {"demo.jsonl": sha256_file(files[0])}
    first, n_records, key = load_examples(config, tokenizer, files, digests)
    assert n_records == 6 and len(list((tmp_path / "data" / "cache").glob("*.json"))) == 1
    again, _, same_key = load_examples(config, tokenizer, files, digests)
    assert same_key == key and again == first

    _, _, shorter_key = load_examples(_config(tmp_path, tiny_model_dir, max_length=32), tokenizer, files, digests)
    _write_data(tmp_path, _records(7))
    new_digests = {"demo.jsonl": sha256_file(files[0])}
    changed, n_changed, data_key = load_examples(config, tokenizer, files, new_digests)
    assert len({key, shorter_key, data_key}) == 3
    assert n_changed == 7 and len(changed) == 7


def test_validation_split_is_by_record_and_seeded(tokenizer):
    examples = [tokenize_record(tokenizer, r, i, 64) for i, r in enumerate(_records(20))]
    train_a, val_a = split_examples(examples, 20, 0.2, seed=1)
    train_b, val_b = split_examples(examples, 20, 0.2, seed=1)
    _, val_c = split_examples(examples, 20, 0.2, seed=2)
    assert (train_a, val_a) == (train_b, val_b)
    assert len(val_a) == 4 and len(train_a) == 16
    assert {e.record for e in val_a} != {e.record for e in val_c}


# ----------------------------------------------------------------------------------------------- packing


def test_best_fit_packing_fills_rows_under_capacity():
    import random

    lengths = [random.Random(i).randint(40, 230) for i in range(400)]
    rows = pack_examples(lengths, 256)
    assert sorted(i for row in rows for i in row) == list(range(400))
    assert all(sum(lengths[i] for i in row) <= 256 for row in rows)
    padding = 1 - sum(lengths) / (256 * len(rows))
    assert padding < 0.05, padding
    assert pack_examples(lengths, 256, packing=False) == [[i] for i in range(400)]


def test_schedule_is_deterministic_and_covers_epochs():
    batches, steps = micro_batch_schedule(10, 4, per_step=2, epochs=2.0, max_steps=0, seed=3)
    assert steps == 3 and len(batches) == 6  # 3 micro-batches per epoch, 2 per step
    assert sorted(r for b in batches[:3] for r in b) == list(range(10))
    assert micro_batch_schedule(10, 4, 2, 2.0, 0, 3) == (batches, steps)
    capped, capped_steps = micro_batch_schedule(10, 4, per_step=2, epochs=1.0, max_steps=5, seed=3)
    assert capped_steps == 5 and capped[:6] == batches


def test_packed_example_logits_equal_the_example_alone(tiny_model_dir: Path, tokenizer):
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, attn_implementation="sdpa").eval()
    examples = [tokenize_record(tokenizer, r, i, 64) for i, r in enumerate(_records(3))]
    pad = tokenizer.pad_token_id

    def logits(rows):
        batch = collate_rows(rows, pad)
        with torch.no_grad():
            return model(
                input_ids=batch["input_ids"], position_ids=batch["position_ids"], attention_mask=batch["attention_mask"]
            ).logits

    packed = logits([examples])[0]  # (T, vocab): three examples in one row
    start = 0
    for example in examples:
        alone = logits([[example]])[0]
        inside = packed[start : start + len(example.input_ids)]
        torch.testing.assert_close(inside, alone, atol=1e-4, rtol=0)
        start += len(example.input_ids)

    # Without the block mask (plain causal over the row) the later examples would see the earlier ones.
    batch = collate_rows([examples], pad)
    with torch.no_grad():
        leaky = model(input_ids=batch["input_ids"], position_ids=batch["position_ids"]).logits[0]
    second = slice(len(examples[0].input_ids), len(examples[0].input_ids) + len(examples[1].input_ids))
    assert (leaky[second] - packed[second]).abs().max() > 1e-2


SYSTEM = "You answer questions about the municipal building site, briefly and politely."


def _system_records(n: int) -> list[dict]:
    """Chat records that all start with the same system prompt (as a chat template's default one does)."""
    return [{"id": f"s{i}", "messages": [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Question {i} about the site?"},
        {"role": "assistant", "content": ANSWERS[i % len(ANSWERS)]},
    ]} for i in range(n)]


def test_shared_prefix_stops_before_the_first_target():
    from pipeline.packing import shared_prefix

    examples = [Example(0, (5, 6, 7, 8, 9, 10), (-100, -100, -100, 9, 10, -100)),
                Example(1, (5, 6, 7, 8, 11, 12, 13), (-100, -100, -100, -100, 12, 13, -100))]
    assert shared_prefix(examples, minimum=1) == 3  # position 3 predicts a target in the first example
    assert shared_prefix(examples, minimum=4) == 0  # too short to be worth it
    differ = [examples[0], Example(2, (5, 6, 99, 8, 9, 10), examples[0].targets)]
    assert shared_prefix(differ, minimum=1) == 2
    with pytest.raises(ValueError, match="dense"):
        collate_rows([examples], 0, "position_ids", prefix=3)


def test_shared_prefix_row_gives_each_example_its_own_logits_loss_and_gradient(tiny_model_dir: Path, tokenizer):
    import torch
    from transformers import AutoModelForCausalLM

    from pipeline.modeling import target_loss_module
    from pipeline.packing import row_width, shared_prefix

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, attn_implementation="sdpa").eval()
    examples = [tokenize_record(tokenizer, r, i, 96) for i, r in enumerate(_system_records(3))]
    prefix = shared_prefix(examples)
    assert prefix >= 8
    pad = tokenizer.pad_token_id
    shared = collate_rows([examples], pad, prefix=prefix)
    assert shared["input_ids"].shape[1] == row_width(examples, prefix) < sum(len(e.input_ids) for e in examples)
    with torch.no_grad():
        packed = model(**{k: v for k, v in shared.items() if k != "targets"}).logits[0]
    start = prefix
    for example in examples:
        alone = collate_rows([[example]], pad)
        with torch.no_grad():
            logits = model(**{k: v for k, v in alone.items() if k != "targets"}).logits[0]
        end = start + len(example.input_ids) - prefix
        torch.testing.assert_close(packed[start:end], logits[prefix:], atol=1e-4, rtol=0)
        start = end

    loss_module = target_loss_module(model)
    weight = model.model.layers[0].self_attn.q_proj.weight

    def loss_and_grad(rows_batch: dict) -> tuple[float, torch.Tensor]:
        model.zero_grad()
        loss = loss_module(**rows_batch)
        loss.backward()
        return float(loss), weight.grad.clone()

    loss, grad = loss_and_grad(shared)
    separate = [loss_and_grad(collate_rows([[e]], pad)) for e in examples]
    assert loss == pytest.approx(sum(x for x, _ in separate), rel=1e-5)
    torch.testing.assert_close(grad, sum(g for _, g in separate), atol=1e-5, rtol=1e-4)


def test_training_with_a_shared_prefix_fits_more_examples_per_row_with_the_same_base_loss(
    tmp_path: Path, tiny_model_dir: Path
):
    runs = {}
    for share in (False, True):
        root = tmp_path / f"share-{share}"
        _write_data(root, _system_records(24))
        runs[share] = train(_config(root, tiny_model_dir, share_prefix=share, max_steps=2, max_length=128))
    assert runs[False]["shared_prefix_tokens"] == 0 and runs[True]["shared_prefix_tokens"] >= 8
    # Before any step LoRA B is zero: the base model's validation loss must not depend on the layout.
    assert runs[True]["val_loss_base"] == pytest.approx(runs[False]["val_loss_base"], rel=1e-5)
    assert runs[True]["train_tokens"] > runs[False]["train_tokens"]  # same rows per step, more examples in each
    assert 0 < runs[True]["packing_efficiency"] <= 1


def test_target_only_loss_equals_full_logits_loss(tiny_model_dir: Path, tokenizer):
    import torch
    from transformers import AutoModelForCausalLM

    from pipeline.modeling import target_loss_module as _target_loss_module

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, attn_implementation="sdpa").eval()
    examples = [tokenize_record(tokenizer, r, i, 64) for i, r in enumerate(_records(5))]
    batch = collate_rows([examples[:3], examples[3:]], tokenizer.pad_token_id)
    with torch.no_grad():
        ours = _target_loss_module(model)(**batch)
        full = model(
            input_ids=batch["input_ids"], position_ids=batch["position_ids"], attention_mask=batch["attention_mask"]
        ).logits
        reference = torch.nn.functional.cross_entropy(
            full.flatten(0, 1), batch["targets"].flatten(), ignore_index=IGNORE, reduction="sum"
        )
    torch.testing.assert_close(ours, reference, atol=1e-3, rtol=1e-5)


# ------------------------------------------------------------------------------------------ model config


def test_lora_settings_reach_peft(tmp_path: Path, tiny_model_dir: Path):
    import torch

    from pipeline.modeling import load_model

    CPU = torch.device("cpu")
    config = _config(tmp_path, tiny_model_dir, lora={
        "r": 2, "alpha": 4, "dropout": 0.0, "target_modules": ["q_proj", "v_proj"], "use_dora": True,
        "use_rslora": True,
    })
    model = load_model(config, CPU, torch.float32)
    peft_config = model.peft_config["default"]
    assert (peft_config.r, peft_config.lora_alpha, peft_config.use_dora, peft_config.use_rslora) == (2, 4, True, True)
    assert set(peft_config.target_modules) == {"q_proj", "v_proj"}
    assert any(name.endswith("o_proj") for name, _ in model.named_modules())  # present in the model ...
    assert not any("o_proj.lora_A" in name for name, _ in model.named_parameters())  # ... but not adapted

    all_linear = load_model(_config(tmp_path, tiny_model_dir), CPU, torch.float32)
    names = {name for name, p in all_linear.named_parameters() if p.requires_grad}
    for module in ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"):
        assert any(f"{module}.lora_A" in name for name in names), module
    assert not any("lm_head" in name or "embed" in name for name in names)


def test_gradient_checkpointing_gives_the_same_update(tmp_path: Path, tiny_model_dir: Path):
    from safetensors.torch import load_file

    results = []
    for checkpointing in (False, True):
        root = tmp_path / str(checkpointing)
        _write_data(root, _records(12))
        train(_config(root, tiny_model_dir, max_steps=2, gradient_checkpointing=checkpointing,
                      lora={"r": 4, "alpha": 8, "dropout": 0.0}))
        results.append(load_file(root / "models" / "adapter" / "adapter_model.safetensors"))
    import torch

    for name in results[0]:
        torch.testing.assert_close(results[0][name], results[1][name], atol=1e-6, rtol=1e-5)


def test_qlora_on_cpu_is_a_clear_error(tmp_path: Path, tiny_model_dir: Path):
    import torch

    from pipeline.modeling import load_model

    if torch.cuda.is_available():
        pytest.skip("CUDA present: QLoRA is allowed")
    with pytest.raises(SovtuneError, match="needs a CUDA GPU"):
        load_model(_config(tmp_path, tiny_model_dir, quantization="nf4"), torch.device("cpu"), torch.float32)


def test_params_yaml_train_section_and_lora_override():
    params = load_params(ROOT / "params.yaml", overrides=["train.lora.r=8"])
    assert params.train.lora.r == 8
    assert params.train.precision == "auto"  # never bf16 on CPU by default
    assert params.train.lora.target_modules == "all-linear"


# ----------------------------------------------------------------------------------------- end to end


def test_outputs_load_match_and_carry_no_paths(reference_run, tiny_model_dir: Path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    root, metrics = reference_run
    adapter, merged = root / "models" / "adapter", root / "models" / "merged"
    assert metrics["steps"] == 6
    assert metrics["val_loss"] < metrics["val_loss_base"]  # it learned something that generalises
    # Tiny examples (~25 tokens) in 64-token rows leave more room than the demo's; the <5% bound is checked on
    # realistic lengths in test_best_fit_packing_fills_rows_under_capacity and measured by the benchmark.
    assert 0 <= metrics["padding_share"] < 0.3

    for path in [*adapter.iterdir(), *merged.iterdir()]:
        if path.suffix in (".json", ".md"):
            text = path.read_text(encoding="utf-8")
            if path.name == "run_info.json":  # its resolved config holds the paths this test chose (absolute)
                text = json.dumps({k: v for k, v in json.loads(text).items() if k != "config"})
            assert str(tiny_model_dir) not in text and str(root) not in text, path
    adapter_config = json.loads((adapter / "adapter_config.json").read_text())
    assert adapter_config["base_model_name_or_path"] == tiny_model_dir.name
    assert adapter_config["target_modules"] == sorted(adapter_config["target_modules"])  # stable bytes
    info = json.loads((adapter / "run_info.json").read_text())
    assert info["base_model"]["name"] == tiny_model_dir.name and info["data"]
    assert (merged / "model.safetensors").is_file() and (merged / "tokenizer.json").is_file()

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    tuned = PeftModel.from_pretrained(base, adapter).eval()
    plain = AutoModelForCausalLM.from_pretrained(merged).eval()
    ids = torch.tensor([[5, 17, 99, 230, 41, 7, 300, 12]])
    with torch.no_grad():
        torch.testing.assert_close(plain(ids).logits, tuned(ids).logits, atol=1e-3, rtol=0)
        untouched = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()(ids).logits
    assert (plain(ids).logits - untouched).abs().max() > 1e-3  # the adapter is not a no-op

    report = root / "reports" / "train"
    summary = json.loads((report / "metrics.json").read_text())
    assert summary["val_loss"] == pytest.approx(metrics["val_loss"])
    for name in ("loss", "lr", "tokens_per_s", "grad_norm"):
        rows = (report / "plots" / "metrics" / "train" / f"{name}.tsv").read_text().strip().splitlines()
        assert len(rows) == 1 + 6, name  # header + one row per step


def test_same_seed_gives_byte_identical_adapter(reference_run, tmp_path: Path, tiny_model_dir: Path):
    root, _ = reference_run
    _write_data(tmp_path, _records())
    train(_config(tmp_path, tiny_model_dir))
    name = "adapter_model.safetensors"
    assert (tmp_path / "models" / "adapter" / name).read_bytes() == (root / "models" / "adapter" / name).read_bytes()


def test_killed_run_resumes_to_the_same_adapter(reference_run, tmp_path: Path, tiny_model_dir: Path):
    root, _ = reference_run
    _write_data(tmp_path, _records())
    config = _config(tmp_path, tiny_model_dir)
    assert train(config, stop_after_steps=3) is None  # "killed" after step 3; last checkpoint is step 2
    checkpoint = latest_checkpoint(tmp_path / "models" / "checkpoints")
    assert checkpoint is not None and checkpoint.name == "step-000002"
    assert not (tmp_path / "models" / "adapter").exists()

    metrics = train(config)
    assert metrics is not None and metrics["steps"] == 6
    name = "adapter_model.safetensors"
    assert (tmp_path / "models" / "adapter" / name).read_bytes() == (root / "models" / "adapter" / name).read_bytes()


def test_resume_after_dvc_deleted_the_logs_keeps_every_step_in_the_curves(tmp_path: Path, tiny_model_dir: Path):
    """`dvc repro` deletes reports/train before rerunning the stage: the resumed run must rewrite the whole curve."""
    import shutil

    config = _config(tmp_path, tiny_model_dir)
    _write_data(tmp_path, _records())
    assert train(config, stop_after_steps=3) is None
    shutil.rmtree(tmp_path / "reports" / "train")
    assert train(config) is not None
    loss_tsv = next((tmp_path / "reports" / "train" / "plots").rglob("loss.tsv"))
    steps = [int(line.split("\t")[0]) for line in loss_tsv.read_text().splitlines()[1:]]
    assert steps == list(range(1, config.max_steps + 1))


def test_sigkilled_process_resumes_to_the_same_adapter(tmp_path: Path, tiny_model_dir: Path):
    """A real kill: SIGKILL the stage process after its second checkpoint, rerun it, compare with no kill."""
    import signal
    import time

    settings = _settings(tmp_path, tiny_model_dir, max_steps=40, checkpoint_every=2)
    _write_data(tmp_path, _records())
    (tmp_path / "params.yaml").write_text(
        yaml.safe_dump({"import_model": {"name": "tiny"}, "train": settings}), encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    command = [sys.executable, "-m", "pipeline.train"]
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    checkpoints = tmp_path / "models" / "checkpoints"
    deadline = time.monotonic() + 240
    while latest_checkpoint(checkpoints) is None or latest_checkpoint(checkpoints).name < "step-000004":
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "no second checkpoint within 240 s"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    killed_at = latest_checkpoint(checkpoints)
    assert killed_at is not None and not (tmp_path / "models" / "adapter").exists()  # killed mid-way

    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "resum" in (result.stdout + result.stderr).lower()

    reference = tmp_path / "reference"
    _write_data(reference, _records())
    train(_config(reference, tiny_model_dir, max_steps=40, checkpoint_every=2))
    name = "adapter_model.safetensors"
    resumed = (tmp_path / "models" / "adapter" / name).read_bytes()
    assert resumed == (reference / "models" / "adapter" / name).read_bytes(), f"killed at {killed_at.name}"


def test_checkpoint_of_another_config_is_not_resumed(reference_run, tmp_path: Path, tiny_model_dir: Path, capsys):
    root, _ = reference_run
    _write_data(tmp_path, _records())
    train(_config(tmp_path, tiny_model_dir), stop_after_steps=2)
    other = _config(tmp_path, tiny_model_dir, seed=7, max_steps=2)
    train(other)
    assert "starting fresh" in capsys.readouterr().out
    name = "adapter_model.safetensors"
    assert (tmp_path / "models" / "adapter" / name).read_bytes() != (root / "models" / "adapter" / name).read_bytes()


def test_two_process_ddp_on_cpu_equals_one_process_with_accumulation(tmp_path: Path, tiny_model_dir: Path):
    import torch
    from safetensors.torch import load_file

    ddp_root, single_root = tmp_path / "ddp", tmp_path / "single"
    no_dropout = {"r": 4, "alpha": 8, "dropout": 0.0}  # dropout streams differ per process by design
    for root in (ddp_root, single_root):
        _write_data(root, _records())
    settings = _settings(ddp_root, tiny_model_dir, max_steps=3, lora=no_dropout)
    params = {"import_model": {"name": "tiny"}, "train": settings}
    (ddp_root / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    command = [
        sys.executable, "-m", "accelerate.commands.launch", "--config_file", str(ROOT / "configs/accelerate/cpu.yaml"),
        "--num_processes", "2", "-m", "pipeline.train",
    ]
    result = subprocess.run(command, cwd=ddp_root, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    info = json.loads((ddp_root / "models" / "adapter" / "run_info.json").read_text())
    assert info["world_size"] == 2 and info["metrics"]["steps"] == 3
    assert (ddp_root / "models" / "merged" / "model.safetensors").is_file()

    # 2 processes x 1 micro-batch per step == 1 process x 2 accumulated micro-batches: same data, same update.
    train(_config(single_root, tiny_model_dir, max_steps=3, grad_accum=2, lora=no_dropout))
    ddp = load_file(ddp_root / "models" / "adapter" / "adapter_model.safetensors")
    single = load_file(single_root / "models" / "adapter" / "adapter_model.safetensors")
    assert ddp.keys() == single.keys()
    for name in ddp:
        torch.testing.assert_close(ddp[name], single[name], atol=1e-5, rtol=1e-4)


def test_dvc_repro_and_experiment_with_lora_rank_override(tmp_path: Path, tiny_model_dir: Path):
    """The real stage under DVC: `dvc repro train`, then `dvc exp run -S train.lora.r=8` shows up in exp show."""
    import shutil

    dvc = str(Path(sys.executable).with_name("dvc"))
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"  # `python` in dvc.yaml = ours
    env = {**os.environ, "PATH": path, "PYTHONPATH": str(ROOT), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}

    def run(*command: str) -> str:
        result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, " ".join(command) + "\n" + result.stdout[-3000:] + result.stderr[-3000:]
        return result.stdout

    _write_data(tmp_path, _records())
    shutil.copytree(tiny_model_dir, tmp_path / "models" / "base")
    (tmp_path / "pipeline").mkdir()
    stages = yaml.safe_load((ROOT / "dvc.yaml").read_text())["stages"]
    for dep in stages["train"]["deps"]:  # the stage's code dependencies (every module it imports)
        if dep.startswith("pipeline/"):
            shutil.copy(ROOT / dep, tmp_path / dep)
    (tmp_path / "dvc.yaml").write_text(yaml.safe_dump({"stages": {"train": stages["train"]}}))
    # Paths as in params.yaml (relative: dvc.yaml interpolates them), the rest from this test's settings.
    paths = {k: v for k, v in yaml.safe_load((ROOT / "params.yaml").read_text())["train"].items()
             if k.endswith(("_dir", "_report"))}
    settings = {**{k: v for k, v in _settings(tmp_path, tiny_model_dir).items()
                   if not k.endswith(("_dir", "_report"))}, **paths}
    (tmp_path / "params.yaml").write_text(yaml.safe_dump({"import_model": {"name": "tiny"}, "train": settings}))
    (tmp_path / ".gitignore").write_text("/models/\n/data/\n/reports/\n")
    run("git", "init", "-q")
    run(dvc, "init", "-q")
    run(dvc, "config", "core.analytics", "false")
    run("git", "add", "-A")
    run("git", "commit", "-qm", "pipeline")  # dvclive needs a commit to read in a git repo
    run(dvc, "repro", "train")
    assert (tmp_path / "models" / "adapter" / "adapter_model.safetensors").is_file()
    assert json.loads((tmp_path / "reports" / "train" / "metrics.json").read_text())["steps"] == 6
    assert "train" not in run(dvc, "status")  # up to date after the run
    run("git", "add", "-A")
    run("git", "commit", "-qm", "trained")
    run(dvc, "exp", "run", "-S", "train.lora.r=8", "-n", "rank8")
    shown = json.loads(run(dvc, "exp", "show", "--json"))
    experiments = [
        exp for baseline in shown for exp in (baseline.get("experiments") or []) if exp.get("name") == "rank8"
    ]
    assert experiments, shown
    data = experiments[0]["revs"][0]["data"]
    assert data["params"]["params.yaml"]["data"]["train"]["lora"]["r"] == 8
    assert "val_loss" in data["metrics"]["reports/train/metrics.json"]["data"]


def test_cpu_losses_are_pinned(reference_run):
    """The CPU fp32 path must not drift: these are the tiny run's losses before the GPU work (issue 12) began,
    reproduced bit for bit after it (the demo's SmolLM2 run takes the same code path)."""
    _, metrics = reference_run
    assert metrics["val_loss_base"] == pytest.approx(6.180315144856771, abs=1e-6)
    assert metrics["train_loss"] == pytest.approx(6.009450435638428, abs=1e-6)
    assert metrics["val_loss"] == pytest.approx(6.004293823242188, abs=1e-6)
