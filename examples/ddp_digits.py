"""invnb on several processes: train a regularized MLP with DistributedDataParallel, then measure its
invariance with each rank holding only its shard of the test set; the metrics add up every rank's sums,
so each rank gets the numbers one process would get on all the data (the script checks that).

    torchrun --standalone --nproc_per_node=2 examples/ddp_digits.py                   # CPU, Gloo
    torchrun --standalone --nproc_per_node=N examples/ddp_digits.py --backend nccl    # N GPUs, NCCL

Rank 0 prints one JSON line: the distributed report, the single-process report on all the data, the
same two for the Lie derivative under rotation, and the largest difference of the trained weights between
ranks (0 when DDP kept them in sync).
"""
import argparse, json, os
import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel as DDP
from invnb import digits, rotations, MLP, InvarianceRegularizer, invariance_report, fit, lie_derivative


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--backend', default='gloo', help="'gloo' (CPU) or 'nccl' (one GPU per process)")
    p.add_argument('--epochs', type=int, default=3)
    a = p.parse_args()
    dist.init_process_group(a.backend)
    rank, world = dist.get_rank(), dist.get_world_size()
    if a.backend == 'nccl':
        torch.cuda.set_device(int(os.environ.get('LOCAL_RANK', 0))); device = torch.device('cuda', torch.cuda.current_device())
    else: device = torch.device('cpu')
    data, G = digits(device='cpu'), rotations(8)
    torch.manual_seed(0)
    model = MLP().to(device)
    ddp = DDP(model, device_ids=[device.index] if device.type == 'cuda' else None)
    # each rank trains on its shard; the regularizer's joint forward keeps one forward per backward, as DDP expects
    fit(ddp, data.x_train[rank::world].to(device), data.y_train[rank::world].to(device), group=G,
        regularizer=InvarianceRegularizer(G, 1.0), epochs=a.epochs, seed=rank)
    flat = torch.cat([q.detach().flatten() for q in model.parameters()]).double()
    spread = flat.clone(); dist.all_reduce(spread, op=dist.ReduceOp.MAX); low = flat.clone(); dist.all_reduce(low, op=dist.ReduceOp.MIN)
    # each rank measures only its shard of the test set; process_group='world' adds up every rank's sums
    shard = invariance_report(model, data.x_test[rank::world].to(device), G, data.y_test[rank::world].to(device), process_group='world')
    whole = invariance_report(model, data.x_test.to(device), G, data.y_test.to(device), process_group=False)
    # the Lie derivative under small rotations reduces the same way
    lie_shard = lie_derivative(model, data.x_test[rank::world].to(device), 'rotation', process_group='world')
    lie_whole = lie_derivative(model, data.x_test.to(device), 'rotation', process_group=False)
    if rank == 0:
        print(json.dumps(dict(world=world, backend=a.backend, distributed=dict(shard), single=dict(whole), lie_distributed=lie_shard, lie_single=lie_whole,
                              max_param_diff=float((spread - low).abs().max()))))
    dist.destroy_process_group()


if __name__ == '__main__': main()
