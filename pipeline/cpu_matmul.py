"""Evaluation's fp32 linear layers on the CPU through numpy's OpenBLAS where it multiplies faster than torch's MKL.

torch's CPU wheels multiply through Intel's MKL, which on AMD CPUs does not take its fastest paths. On this
project's 2-core AMD EPYC machines, for SmolLM2-135M's own shapes during evaluation, MKL ran at 37-57 GFLOP/s
per core and the OpenBLAS that numpy ships at 52-62; the LM head (576 x 49k) went from 37 to 52. On an Intel CPU
MKL may well be the faster one, so `auto` times both on the model's largest decoder layer shape at load (about 0.3 s)
and keeps OpenBLAS only when it is clearly faster.

Only single-threaded inference takes this path, as evaluation's CPU streams run (`pipeline.scoring`): a call with
autograd recording, or from a thread with more than one torch thread, falls back to torch, so training is
unchanged.
Results differ from torch's by float rounding (summation order), the same kind of difference as another thread
count gives; scores were identical on the eval_speed benchmark.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import torch

Matmul = Literal["auto", "torch", "openblas"]
_CLEARLY_FASTER = 0.95  # OpenBLAS is kept when it takes at most 95% of MKL's time on the probe
_PROBE_ROWS = 512  # rows of the probe GEMM: a continuation sub-batch is a few hundred to a few thousand tokens
_decided: dict[tuple[int, int], tuple[str, float]] = {}  # (in, out) -> (choice, MKL time / OpenBLAS time)


class _Blas:
    """numpy's OpenBLAS thread count, kept at 1 for the products routed here (global to OpenBLAS, not per thread)."""

    def __init__(self) -> None:
        from threadpoolctl import ThreadpoolController

        libraries = ThreadpoolController().select(user_api="blas", internal_api="openblas").lib_controllers
        self.library = libraries[0] if libraries else None
        self.threads = -1

    def set_threads(self, count: int) -> None:
        if self.library is not None and count != self.threads:
            self.library.set_num_threads(count)
            self.threads = count


_blas: _Blas | None = None


def _openblas() -> _Blas | None:
    global _blas
    if _blas is None:
        _blas = _Blas()
    return _blas if _blas.library is not None else None


class OpenBlasLinear:
    """A replacement `forward` for one torch.nn.Linear: y = x W^T (+ b) through numpy's OpenBLAS, no weight copy."""

    def __init__(self, module: torch.nn.Linear, blas: _Blas) -> None:
        self.module = module
        self.blas = blas

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        import torch

        weight, bias = self.module.weight, self.module.bias
        # One torch thread only (evaluation's CPU streams): beside torch's multi-threaded OpenMP ops, whose idle
        # threads spin, OpenBLAS's own threads were starved (a 2-thread training run went 3x slower).
        if (torch.is_grad_enabled() and (x.requires_grad or weight.requires_grad)) or x.dtype != torch.float32 \
                or x.device.type != "cpu" or weight.dtype != torch.float32 or torch.get_num_threads() != 1:
            return torch.nn.functional.linear(x, weight, bias)
        self.blas.set_threads(1)
        rows = x.reshape(-1, x.shape[-1]).contiguous()
        # weight.T as numpy is a Fortran-ordered view: BLAS reads it transposed, nothing is copied.
        out = torch.from_numpy(rows.numpy() @ weight.detach().numpy().T)
        if bias is not None:
            out += bias.detach()
        return out.view(*x.shape[:-1], weight.shape[0])


def _linears(model: Any) -> list[torch.nn.Linear]:
    import torch

    # exactly nn.Linear: bitsandbytes' 4-bit layers subclass it and must keep their own forward
    return [m for m in model.modules() if type(m) is torch.nn.Linear and m.weight.dtype == torch.float32
            and m.weight.device.type == "cpu"]


def _best_seconds(runs: Sequence[Callable[[], Any]], repeats: int = 9) -> list[float]:
    """Each run's fastest of `repeats` timings, the runs interleaved so that a noisy moment hits them alike."""
    best = [float("inf")] * len(runs)
    for run in runs:
        run()  # warm-up: first-touch allocations, code paths
    for _ in range(repeats):
        for k, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[k] = min(best[k], time.perf_counter() - start)
    return best


def probe(in_features: int, out_features: int) -> tuple[str, float]:
    """("openblas" or "torch", MKL time / OpenBLAS time) for a (_PROBE_ROWS x in) @ (in x out) product, 1 thread."""
    import torch

    key = (in_features, out_features)
    if key in _decided:
        return _decided[key]
    blas = _openblas()
    if blas is None:
        return "torch", 0.0
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(_PROBE_ROWS, in_features, generator=generator)
    weight = torch.randn(out_features, in_features, generator=generator)
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    blas.set_threads(1)
    try:
        mkl, openblas = _best_seconds([lambda: torch.nn.functional.linear(x, weight),
                                       lambda: x.numpy() @ weight.numpy().T])
    finally:
        torch.set_num_threads(previous)
    ratio = mkl / openblas if openblas > 0 else 0.0
    _decided[key] = ("openblas" if openblas <= _CLEARLY_FASTER * mkl else "torch", ratio)
    return _decided[key]


def use(model: Any, matmul: Matmul) -> tuple[str, float | None]:
    """Route `model`'s fp32 CPU linear layers through OpenBLAS when `matmul` asks for it or `auto` finds it faster.

    Returns:
        (the library now used, MKL time / OpenBLAS time on the probe, or None when nothing was probed).
    """
    layers = _linears(model)
    if matmul == "torch" or not layers:
        return "torch", None
    ratio = None
    if matmul == "auto":
        head = _output_layer(model)  # left out: a 49k-row probe would take seconds
        largest = max((m for m in layers if m is not head), key=lambda m: m.weight.numel(), default=layers[0])
        choice, ratio = probe(largest.in_features, largest.out_features)
        if choice == "torch":
            return "torch", ratio
    blas = _openblas()
    if blas is None:  # numpy built without OpenBLAS
        return "torch", ratio
    for layer in layers:
        layer.forward = OpenBlasLinear(layer, blas)  # type: ignore[method-assign]
    return "openblas", ratio


def _output_layer(model: Any) -> Any:
    getter = getattr(model, "get_output_embeddings", None)
    return getter() if getter else None
