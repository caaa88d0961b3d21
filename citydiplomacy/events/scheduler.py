"""The B2B meeting scheduler: requests (participant, exhibitor) into slots and tables, nobody booked twice in a
slot, at most `tables` meetings per slot, as many requests met as possible. No Django here.

Two methods, one answer shape:

* `exact`: an integer programme solved by HiGHS through `scipy.optimize.milp` — x[r, s] = 1 when request r
  meets in slot s; each request at most once, each participant and each exhibitor at most once per slot,
  at most `tables` per slot; maximize the sum. Used when the instance is small (the default limit is
  40,000 variables) and proved optimal by the solver.
* `fast`: greedy, hardest requests first, then a repair by alternating paths (the classic proof that a
  bipartite multigraph of maximum degree Δ is edge-coloured with Δ colours): when a request's participant is
  free in slot a and its exhibitor in slot b but no slot is free for both, the a/b meetings along the
  exhibitor's alternating path swap slots, which frees slot a for the exhibitor without touching the
  participant. Without the table limit this meets every request whose two parties each have fewer requests
  than slots; it runs in about O(requests × parties) in the worst case, far less in practice.

`upper_bound` gives the LP relaxation's optimum (HiGHS), a bound no schedule can beat: the benchmark reports
the share of it that `fast` reaches.
"""

from collections import defaultdict
from dataclasses import dataclass, field

EXACT_LIMIT = 40_000  # variables (requests × slots) up to which `schedule` solves exactly


@dataclass
class Problem:
    requests: list  # [(request_id, participant_key, exhibitor_key)]
    slots: int
    tables: int
    busy: dict = field(default_factory=dict)  # party key → set of slot indexes already taken
    load: list = None  # meetings already in each slot

    def __post_init__(self):
        if self.load is None:
            self.load = [0] * self.slots


def _free(problem, request):
    _rid, p, e = request
    taken = problem.busy.get(("p", p), set()) | problem.busy.get(("e", e), set())
    return [s for s in range(problem.slots) if s not in taken and problem.load[s] < problem.tables]


def _model(problem):
    """Variables (request index, slot) and the constraint matrix of the problem, as scipy wants them."""
    import numpy as np
    from scipy.sparse import coo_matrix

    variables = [(i, s) for i, r in enumerate(problem.requests) for s in _free(problem, r)]
    rows, cols = [], []
    row_keys = {}

    def row(key):
        if key not in row_keys:
            row_keys[key] = len(row_keys)
        return row_keys[key]

    for j, (i, s) in enumerate(variables):
        _rid, p, e = problem.requests[i]
        for key in (("r", i), ("p", p, s), ("e", e, s), ("s", s)):
            rows.append(row(key))
            cols.append(j)
    upper = np.array(
        [problem.tables - problem.load[k[1]] if k[0] == "s" else 1 for k in row_keys], dtype=float
    )
    matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(row_keys), len(variables))).tocsr()
    return variables, matrix, upper


def _solve(problem, integral, time_limit=None):
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    variables, matrix, upper = _model(problem)
    if not variables:
        return variables, np.zeros(0), 0.0
    options = {"time_limit": time_limit} if time_limit else {}
    result = milp(
        c=-np.ones(len(variables)),
        constraints=LinearConstraint(matrix, -np.inf, upper),
        integrality=np.ones(len(variables)) if integral else np.zeros(len(variables)),
        bounds=Bounds(0, 1),
        options=options,
    )
    if result.x is None:
        raise RuntimeError(f"the solver found no schedule: {result.message}")
    return variables, result.x, -result.fun


def upper_bound(problem):
    """The optimum of the LP relaxation: no schedule meets more requests.

    With no slot taken beforehand the LP's optimum is that of a flow, computed in milliseconds: given
    y_r = Σ_s x[r, s], the LP's constraints give Σ y over a party's requests ≤ slots and Σ y ≤ slots × tables,
    and any such y is reached by x[r, s] = y_r / slots; so the LP's optimum is the maximum flow from the
    participants (capacity `slots` each) through the requests (1 each) to the exhibitors (`slots` each) and
    on to one sink of capacity `slots × tables`. Otherwise the LP itself is solved (HiGHS)."""
    if any(problem.busy.values()) or any(problem.load):
        return _solve(problem, integral=False)[2]
    return float(flow_bound(problem))


def lp_bound(problem):
    return _solve(problem, integral=False)[2]


def flow_bound(problem):
    return _flow(problem)[0]


def _flow(problem):
    """(maximum flow value, {(participant node, exhibitor node): flow}, {party: node})."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import maximum_flow

    participants = sorted({r[1] for r in problem.requests}, key=str)
    exhibitors = sorted({r[2] for r in problem.requests}, key=str)
    index = {("p", p): 1 + k for k, p in enumerate(participants)}
    index.update({("e", e): 1 + len(participants) + k for k, e in enumerate(exhibitors)})
    source, gate = 0, 1 + len(participants) + len(exhibitors)
    sink = gate + 1
    edges = {}
    for p in participants:
        edges[(source, index[("p", p)])] = problem.slots
    for _rid, p, e in problem.requests:
        key = (index[("p", p)], index[("e", e)])
        edges[key] = edges.get(key, 0) + 1
    for e in exhibitors:
        edges[(index[("e", e)], gate)] = problem.slots
    edges[(gate, sink)] = problem.slots * problem.tables
    rows, cols = zip(*edges, strict=True)
    graph = csr_matrix(
        (np.array(list(edges.values()), dtype=np.int32), (rows, cols)), shape=(sink + 1, sink + 1)
    )
    result = maximum_flow(graph, source, sink)
    flow = result.flow.tocoo()
    flows = {(int(r), int(c)): int(v) for r, c, v in zip(flow.row, flow.col, flow.data, strict=True) if v > 0}
    return result.flow_value, flows, index


def _with_tables(problem, chosen):
    """{request_id: (slot, table)} from {request index: slot}, tables numbered from 1 after those in use."""
    used = list(problem.load)
    result = {}
    for i, s in sorted(chosen.items(), key=lambda item: (item[1], item[0])):
        used[s] += 1
        result[problem.requests[i][0]] = (s, used[s])
    return result


def exact(problem, time_limit=60):
    variables, x, _value = _solve(problem, integral=True, time_limit=time_limit)
    chosen = {i: s for (i, s), v in zip(variables, x, strict=True) if v > 0.5}
    return _with_tables(problem, chosen)


def fast(problem):
    """Optimal when no slot is taken beforehand: a maximum flow chooses which requests meet (as many as the
    LP bound), alternating paths give them slots (König: always possible, every party has at most `slots`
    chosen meetings), then alternating paths between an overfull and an underfull slot even out the tables
    (de Werra: an edge colouring with Δ ≤ k colours can be made equitable). With slots taken beforehand:
    greedy and repair (`greedy`), not always optimal."""
    if any(problem.busy.values()) or any(problem.load):
        return greedy(problem)
    chosen = _flow_choice(problem)
    sub = Problem([problem.requests[i] for i in chosen], problem.slots, max(len(chosen), 1))
    slot_of = _colour(sub)
    _even_out(sub, slot_of, problem.tables)
    return _with_tables(problem, {chosen[i]: s for i, s in slot_of.items()})


def _flow_choice(problem):
    """Indexes of the requests a maximum flow meets (see `flow_bound`)."""
    _value, flows, index = _flow(problem)
    chosen = []
    for i, (_rid, p, e) in enumerate(problem.requests):
        key = (index[("p", p)], index[("e", e)])
        if flows.get(key, 0) > 0:
            flows[key] -= 1
            chosen.append(i)
    return chosen


def _even_out(problem, slot_of, tables):
    """Move meetings from slots over `tables` to the emptiest slot along alternating paths of the two slots'
    meetings (a path with one more meeting in the full slot than in the other flips to one fewer)."""
    slots = problem.slots
    load = [0] * slots
    for s in slot_of.values():
        load[s] += 1
    while True:
        a = max(range(slots), key=lambda k: load[k])
        b = min(range(slots), key=lambda k: load[k])
        if load[a] <= tables or load[a] - load[b] <= 1:
            return
        # the meetings of slots a and b form paths and even cycles; find a path with more a than b
        edges = defaultdict(list)
        for i, s in slot_of.items():
            if s in (a, b):
                _rid, p, e = problem.requests[i]
                edges[("p", p)].append(i)
                edges[("e", e)].append(i)
        seen = set()
        for party, items in list(edges.items()):
            if len(items) != 1 or items[0] in seen:
                continue
            # walk the path from this end
            path, here, previous = [], party, None
            while True:
                nxt = [i for i in edges[here] if i != previous]
                if not nxt:
                    break
                i = nxt[0]
                path.append(i)
                seen.add(i)
                _rid, p, e = problem.requests[i]
                here = ("e", e) if here[0] == "p" else ("p", p)
                previous = i
            count_a = sum(slot_of[i] == a for i in path)
            if count_a > len(path) - count_a:
                for i in path:
                    slot_of[i] = b if slot_of[i] == a else a
                load[a] -= 1
                load[b] += 1
                break
        else:
            return  # cannot happen when the colouring is proper and load[a] > load[b]


def _colour(problem):
    """Slots for every request when each party has at most `slots` requests and tables do not bind."""
    slot_of = {}
    at = defaultdict(dict)
    load = [0] * problem.slots
    for i, (_rid, p, e) in enumerate(problem.requests):
        pp, ee = at[("p", p)], at[("e", e)]
        both = [s for s in range(problem.slots) if s not in pp and s not in ee]
        # the emptiest slot free for both keeps the tables even; else any slot free for the participant
        a = min(both, key=load.__getitem__) if both else next(s for s in range(problem.slots) if s not in pp)
        if a in ee:
            b = next(s for s in range(problem.slots) if s not in ee)
            # flip the a/b path from the exhibitor: it never reaches the participant (bipartite)
            steps, party, colour = [], ("e", e), a
            while colour in at[party]:
                j = at[party][colour]
                steps.append(j)
                _r, pj, ej = problem.requests[j]
                party = ("p", pj) if party[0] == "e" else ("e", ej)
                colour = b if colour == a else a
            for j in steps:
                _r, pj, ej = problem.requests[j]
                del at[("p", pj)][slot_of[j]]
                del at[("e", ej)][slot_of[j]]
            for j in steps:
                load[slot_of[j]] -= 1
                slot_of[j] = b if slot_of[j] == a else a
                load[slot_of[j]] += 1
                _r, pj, ej = problem.requests[j]
                at[("p", pj)][slot_of[j]] = j
                at[("e", ej)][slot_of[j]] = j
        slot_of[i] = a
        load[a] += 1
        at[("p", p)][a] = i
        at[("e", e)][a] = i
    return slot_of


def greedy(problem):
    slots, tables = problem.slots, problem.tables
    load = list(problem.load)
    at = defaultdict(dict)  # party → {slot: request index}
    for party, taken in problem.busy.items():
        for s in taken:
            at[party][s] = None  # taken by a meeting outside this run
    degree = defaultdict(int)
    for _rid, p, e in problem.requests:
        degree[("p", p)] += 1
        degree[("e", e)] += 1
    order = sorted(range(len(problem.requests)),
                   key=lambda i: -(degree[("p", problem.requests[i][1])] + degree[("e", problem.requests[i][2])]))  # fmt: skip
    slot_of = {}

    def place(i, s):
        _rid, p, e = problem.requests[i]
        at[("p", p)][s] = i
        at[("e", e)][s] = i
        slot_of[i] = s
        load[s] += 1

    def path(start, a, b):
        """The alternating a/b path from `start` (whose slot a is taken): [(request index, its slot)], or None
        if it meets a meeting fixed outside this run."""
        steps, party, colour = [], start, a
        seen = set()
        while colour in at[party]:
            i = at[party][colour]
            if i is None or i in seen:
                return None
            seen.add(i)
            steps.append((i, colour))
            _rid, p, e = problem.requests[i]
            party = ("p", p) if party[0] == "e" else ("e", e)
            colour = b if colour == a else a
        return steps

    def swap(steps, a, b):
        for i, _s in steps:
            _rid, p, e = problem.requests[i]
            for party in (("p", p), ("e", e)):
                if at[party].get(slot_of[i]) == i:
                    del at[party][slot_of[i]]
        for i, s in steps:
            slot_of[i] = b if s == a else a
            load[s] -= 1
            load[slot_of[i]] += 1
        for i, _s in steps:
            _rid, p, e = problem.requests[i]
            at[("p", p)][slot_of[i]] = i
            at[("e", e)][slot_of[i]] = i

    for i in order:
        _rid, p, e = problem.requests[i]
        pp, ee = at[("p", p)], at[("e", e)]
        if len(pp) >= slots or len(ee) >= slots:
            continue
        both = [s for s in range(slots) if s not in pp and s not in ee and load[s] < tables]
        if both:
            place(i, min(both, key=lambda s: load[s]))
            continue
        placed = False
        free_p = [s for s in range(slots) if s not in pp and load[s] < tables]
        free_e = [s for s in range(slots) if s not in ee]
        for a in free_p[:4]:
            for b in free_e[:4]:
                steps = path(("e", e), a, b)
                if steps is None:
                    continue
                swap(steps, a, b)
                if (
                    a not in at[("p", p)]
                    and a not in at[("e", e)]
                    and load[a] < tables
                    and all(x <= tables for x in (load[a], load[b]))
                ):
                    place(i, a)
                    placed = True
                    break
                swap([(j, slot_of[j]) for j, _s in steps], a, b)  # undo
            if placed:
                break
    return _with_tables(problem, slot_of)


def schedule(problem, exact_limit=EXACT_LIMIT):
    """The best schedule: `fast` (optimal) when no slot is taken beforehand; otherwise exact when small,
    else greedy and repair."""
    if not any(problem.busy.values()) and not any(problem.load):
        return fast(problem)
    if len(problem.requests) * problem.slots <= exact_limit:
        try:
            return exact(problem)
        except RuntimeError:
            pass
    return greedy(problem)


def check(problem, result):
    """Raise AssertionError if `result` books anyone twice in a slot or overfills a slot's tables."""
    seen, tables = set(), set()
    by_id = {r[0]: r for r in problem.requests}
    load = list(problem.load)
    for rid, (s, table) in result.items():
        _rid, p, e = by_id[rid]
        for key in (("p", p, s), ("e", e, s)):
            assert key not in seen, f"{key} booked twice"
            assert s not in problem.busy.get(key[:2], set()), f"{key} was busy"
            seen.add(key)
        assert (s, table) not in tables and 1 <= table <= problem.tables, f"table {table} of slot {s}"
        tables.add((s, table))
        load[s] += 1
    assert all(x <= problem.tables for x in load)
