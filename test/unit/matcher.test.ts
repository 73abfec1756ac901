// The hover matcher on small fixtures, per language: what must match and what must not.
// `‸` marks the hovered character (it is removed before matching).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Card, Term } from '../../src/core/content/model';
import { analyze } from '../../src/core/terms/analyze';
import { fileKind, type FileKind } from '../../src/core/terms/fileKind';
import { scanDocument, termAt } from '../../src/core/terms/matcher';
import { TermIndex } from '../../src/core/terms/termIndex';

const term = (t: string, languages: Term['languages'], extra: Partial<Term> = {}): Term => ({
  term: t, languages, aliases: [], summary: { zh: t, en: t }, imports: [], ...extra,
});
const card = (id: string, terms: Term[]): Card => ({
  id, category: 'x', order: 1, title: { zh: id, en: id }, status: 'draft', seed: [], tags: [], keyPoints: { zh: [], en: [] },
  html: { zh: '', en: '' }, text: { zh: '', en: '' }, quiz: [], terms, sources: [], related: [], file: '',
});

const index = new TermIndex([
  card('linux-epoll', [
    term('epoll_wait', ['c', 'cpp']),
    term('EPOLLEXCLUSIVE', ['c', 'cpp', 'python'], { aliases: ['select.EPOLLEXCLUSIVE'] }),
    term('select.epoll', ['python'], { aliases: ['epoll'] }),
    term('read', ['c'], { imports: ['unistd.h'] }),
    term('fork', ['c']),
  ]),
  card('linux-select', [term('select', ['python']), term('FD_SETSIZE', ['c'])]),
  card('python-recursion', [term('sys.setrecursionlimit', ['python'])]),
  card('python-json', [term('ensure_ascii', ['python']), term('json.dumps', ['python'])]),
  card('python-new', [term('__new__', ['python'])]),
  card('django-select-related', [term('select_related', ['python']), term('prefetch_related', ['python'])]),
  card('django-on-delete', [term('models.CASCADE', ['python']), term('on_delete', ['python'])]),
  card('django-transactions', [term('transaction.atomic', ['python'])]),
  card('celery', [term('delay', ['python'], { imports: ['celery'] }), term('shared_task', ['python']), term('countdown', ['python'], { imports: ['celery'] })]),
  card('python-queue', [term('queue.Queue', ['python'], { aliases: ['Queue'] }), term('threading.Lock', ['python'], { aliases: ['Lock'] })]),
  card('python-sorting', [term('sorted', ['python']), term('StopIteration', ['python'])]),
  card('django-request', [term('META', ['python'])]),
  card('mysql-index', [term('UNIQUE', ['sql', 'python'])]),
  card('mysql-locking', [term('FOR UPDATE', ['sql', 'python']), term('LOCK IN SHARE MODE', ['sql', 'python'], { aliases: ['FOR SHARE'] }), term('EXPLAIN', ['sql'])]),
  card('mysql-isolation', [term('SET TRANSACTION ISOLATION LEVEL', ['sql'])]),
  card('mysql-deadlock', [term('INNODB_TRX', ['sql'])]),
  card('django-csrf', [term('X-CSRFToken', ['javascript', 'typescript', 'python']), term('csrftoken', ['javascript'])]),
  card('django-settings', [term('DJANGO_SETTINGS_MODULE', ['python', 'dockerfile', 'yaml'])]),
  card('nginx', [term('accept_mutex', ['nginx']), term('reuseport', ['nginx']), term('worker_processes', ['nginx'])]),
  card('redis', [term('appendonly', ['redis']), term('io-threads', ['redis'])]),
  card('shell', [term('ss', ['shellscript']), term('ifconfig', ['shellscript']), term('net.core.somaxconn', ['shellscript'])]),
  card('uwsgi', [term('processes', ['ini'], { imports: ['uwsgi'] }), term('harakiri', ['ini'], { imports: ['uwsgi'] })]),
  card('mysql-config', [term('innodb_buffer_pool_size', ['ini']), term('server-id', ['ini'], { aliases: ['server_id'] }), term('innodb_lock_wait_timeout', ['ini', 'sql'], { imports: ['mysqld'] })]),
  card('gunicorn', [term('--workers', ['shellscript'], { imports: ['gunicorn'], aliases: ['-w'] })]),
  card('django-migrate', [term('--fake', ['shellscript'], { imports: ['manage.py', 'django-admin'] }), term('migrate', ['shellscript'], { imports: ['manage.py', 'django-admin'] })]),
  card('django-orm', [term('only', ['python'], { imports: ['django'] }), term('Meta.indexes', ['python'], { imports: ['django'] })]),
  card('django-views', [term('dispatch', ['python'], { imports: ['django'] }), term('MIDDLEWARE', ['python'])]),
]);

function hover(kind: FileKind, source: string): string | undefined {
  const offset = source.indexOf('‸');
  assert.ok(offset >= 0, 'fixture needs a ‸');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const match = termAt(index, analyze(text, kind), offset);
  return match ? `${match.entry.term}@${text.slice(match.start, match.end)}` : undefined;
}

describe('hover matcher: Python', () => {
  it('matches dotted calls, through imports and aliases', () => {
    assert.equal(hover('python', 'import sys\nsys.setrecursion‸limit(10**5)'), 'sys.setrecursionlimit@sys.setrecursionlimit');
    assert.equal(hover('python', 'from sys import setrecursionlimit\nset‸recursionlimit(5000)'), 'sys.setrecursionlimit@setrecursionlimit');
    assert.equal(hover('python', 'import select as s\nep = s.ep‸oll()'), 'select.epoll@s.epoll');
    assert.equal(hover('python', 'import select\nep = select.ep‸oll()'), 'select.epoll@select.epoll');
    assert.equal(hover('python', 'import select\nflags = select.EPOLLIN | select.EPOLLEX‸CLUSIVE'), 'EPOLLEXCLUSIVE@select.EPOLLEXCLUSIVE');
  });

  it('matches ORM methods, keyword arguments, dunders and decorators', () => {
    assert.equal(hover('python', 'Book.objects.select_‸related("author")'), 'select_related@select_related');
    assert.equal(hover('python', 'qs = Author.objects.all().prefetch‸_related("books")'), 'prefetch_related@prefetch_related');
    assert.equal(hover('python', 'json.dumps(data, ensure_‸ascii=False)'), 'ensure_ascii@ensure_ascii');
    assert.equal(hover('python', 'import json\njson.du‸mps(data)'), 'json.dumps@json.dumps');
    assert.equal(hover('python', 'class S:\n    def __ne‸w__(cls):\n        pass'), '__new__@__new__');
    assert.equal(hover('python', 'from django.db import models\nauthor = models.ForeignKey(Author, on_delete=models.CAS‸CADE)'), 'models.CASCADE@models.CASCADE');
    assert.equal(hover('python', 'from django.db import transaction\n@transaction.ato‸mic\ndef f(): pass'), 'transaction.atomic@transaction.atomic');
    assert.equal(hover('python', '@shared_‸task\ndef send(): pass'), 'shared_task@shared_task');
  });

  it('counts a common word only where the code makes it the term', () => {
    assert.equal(hover('python', 'import select\nr, w, x = sel‸ect.select([s], [], [])'), 'select@select');
    assert.equal(hover('python', 'sel‸ect = 3\nprint(select)'), undefined);
    assert.equal(hover('python', 'def f(select):\n    return sel‸ect + 1'), undefined);
    assert.equal(hover('python', 'query.sel‸ect(x)'), undefined);
    assert.equal(hover('python', 'from celery import shared_task\nsend.del‸ay(3)'), 'delay@delay');
    assert.equal(hover('python', 'import time\ntimer.del‸ay(3)'), undefined);
    assert.equal(hover('python', 'with op‸en("f") as fh: pass'), undefined);
  });

  it('reads comments and docstrings only for unambiguous terms, and SQL inside SQL strings', () => {
    assert.equal(hover('python', '# avoid N+1 with select_re‸lated\nx = 1'), 'select_related@select_related');
    assert.equal(hover('python', 'import select\n# select is sel‸ect here\nx = 1'), undefined);
    assert.equal(hover('python', 'cur.execute("SELECT * FROM t WHERE id = %s FOR UP‸DATE", [1])'), 'FOR UPDATE@FOR UPDATE');
    assert.equal(hover('python', 'label = "for up‸date later"'), undefined);
  });
});

describe('hover matcher: Python names that need the code to make them terms', () => {
  it('matches class names only when imported under that name', () => {
    assert.equal(hover('python', 'from queue import Queue\nq = Qu‸eue()'), 'queue.Queue@Queue');
    assert.equal(hover('python', 'import queue\nq = queue.Qu‸eue()'), 'queue.Queue@queue.Queue');
    assert.equal(hover('python', 'q = asyncio.Qu‸eue()'), undefined);
    assert.equal(hover('python', 'from _thread import allocate_lock as Lock\nl = Lo‸ck()'), undefined);
    assert.equal(hover('python', 'class Qu‸eue: pass'), undefined);
  });

  it('matches built-ins used as built-ins, and constants read as attributes', () => {
    assert.equal(hover('python', 'xs = sor‸ted(ys)'), 'sorted@sorted');
    assert.equal(hover('python', 'def f(sorted):\n    return sor‸ted(1)'), undefined);
    assert.equal(hover('python', 'is_sorted = x.sor‸ted'), undefined);
    assert.equal(hover('python', 'raise StopIter‸ation'), 'StopIteration@StopIteration');
    assert.equal(hover('python', 'host = request.ME‸TA["HTTP_HOST"]'), 'META@META');
    assert.equal(hover('python', 'ME‸TA = 1'), undefined);
  });

  it('matches stdlib terms from their module, third-party ones also by suffix', () => {
    assert.equal(hover('python', 'from kombu.utils.json import dumps\nx = du‸mps(y)'), undefined);
    assert.equal(hover('python', 'import kombu.utils.json\nx = kombu.utils.json.du‸mps(y)'), undefined);
    assert.equal(hover('python', 'from json import dumps\nx = du‸mps(y)'), 'json.dumps@dumps');
    assert.equal(hover('python', 'import django.db.models\nx = django.db.models.CAS‸CADE'), 'models.CASCADE@django.db.models.CASCADE');
    assert.equal(hover('python', 'from billiard.compat import select\nsel‸ect(1)'), undefined);
  });

  it('keeps prose quiet unless the name is unmistakable', () => {
    assert.equal(hover('python', '# put it in a Qu‸eue\nx = 1'), undefined);
    assert.equal(hover('python', '"""Set the high-water li‸mit."""'), undefined);
    assert.equal(hover('python', '"""Create uni‸que anchor prefixes"""'), undefined);
    assert.equal(hover('python', 'sql = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT 1 FROM t FOR UPD‸ATE"'), 'FOR UPDATE@FOR UPDATE');
  });
});

describe('hover matcher: C', () => {
  it('matches syscalls and constants', () => {
    assert.equal(hover('c', '#include <sys/epoll.h>\nint n = epoll_w‸ait(epfd, evs, 16, -1);'), 'epoll_wait@epoll_wait');
    assert.equal(hover('c', 'ev.events = EPOLLIN | EPOLLEXCLU‸SIVE;'), 'EPOLLEXCLUSIVE@EPOLLEXCLUSIVE');
    assert.equal(hover('c', 'if (fd >= FD_SET‸SIZE) return -1;'), 'FD_SETSIZE@FD_SETSIZE');
    assert.equal(hover('c', 'pid_t pid = fo‸rk();'), 'fork@fork');
    assert.equal(hover('c', '#include <unistd.h>\nssize_t n = re‸ad(fd, buf, sizeof buf);'), 'read@read');
  });

  it('does not match struct members, non-calls, comments or other headers', () => {
    assert.equal(hover('c', '#include <unistd.h>\nn = ops->re‸ad(fd);'), undefined);
    assert.equal(hover('c', '#include <unistd.h>\nn = file.re‸ad(fd);'), undefined);
    assert.equal(hover('c', 'int fork‸ed = 0;'), undefined);
    assert.equal(hover('c', 'int fo‸rk = 0;'), undefined);
    assert.equal(hover('c', 'n = re‸ad(fd, buf, 1);'), undefined); // no <unistd.h>: some other read()
    assert.equal(hover('c', '/* we call fo‸rk() here */'), undefined);
    assert.equal(hover('c', '// then epoll_w‸ait blocks'), 'epoll_wait@epoll_wait');
    assert.equal(hover('c', 'puts("epoll_w‸ait");'), 'epoll_wait@epoll_wait');
  });
});

describe('hover matcher: SQL', () => {
  it('matches phrases case-insensitively across spacing, longest first', () => {
    assert.equal(hover('sql', 'SELECT * FROM t WHERE id = 1 FOR UPD‸ATE;'), 'FOR UPDATE@FOR UPDATE');
    assert.equal(hover('sql', 'select * from t for\n  upd‸ate;'), undefined); // phrases stay on one line
    assert.equal(hover('sql', 'select * from t lock in  sha‸re mode;'), 'LOCK IN SHARE MODE@lock in  share mode');
    assert.equal(hover('sql', 'select * from t for sh‸are;'), 'LOCK IN SHARE MODE@for share');
    assert.equal(hover('sql', 'set transaction isolation le‸vel repeatable read;'), 'SET TRANSACTION ISOLATION LEVEL@set transaction isolation level');
    assert.equal(hover('sql', 'expl‸ain select 1;'), 'EXPLAIN@explain');
  });

  it('ignores SQL comments and string literals, and partial words', () => {
    assert.equal(hover('sql', "-- for upd‸ate\nselect 1;"), undefined);
    assert.equal(hover('sql', "select 'for upd‸ate';"), undefined);
    assert.equal(hover('sql', 'select update_for_‸update from t;'), undefined);
    assert.equal(hover('sql', 'SELECT * FROM information_schema.INNODB_‸TRX;'), 'INNODB_TRX@INNODB_TRX');
    assert.equal(hover('sql', 'SELECT t.expl‸ain FROM t;'), undefined);
  });
});

describe('hover matcher: config and shell', () => {
  it('matches nginx directives and parameters', () => {
    assert.equal(hover('nginx', 'events {\n    accept_mu‸tex off;\n}'), 'accept_mutex@accept_mutex');
    assert.equal(hover('nginx', 'listen 80 reuse‸port;'), 'reuseport@reuseport');
    assert.equal(hover('nginx', '# worker_proc‸esses is set below'), undefined);
  });

  it('matches redis directives only as the directive', () => {
    assert.equal(hover('redis', 'appendon‸ly yes'), 'appendonly@appendonly');
    assert.equal(hover('redis', 'io-thr‸eads 4'), 'io-threads@io-threads');
    assert.equal(hover('redis', 'dir /var/lib/appendon‸ly'), undefined);
  });

  it('matches shell commands at command position only', () => {
    assert.equal(hover('shell', 's‸s -tan state time-wait'), 'ss@ss');
    assert.equal(hover('shell', 'sudo if‸config eth0'), 'ifconfig@ifconfig');
    assert.equal(hover('shell', 'netstat -s | grep x && s‸s -lnt'), 'ss@ss');
    assert.equal(hover('shell', 'echo s‸s'), undefined);
    assert.equal(hover('shell', 'sysctl -w net.core.somax‸conn=4096'), 'net.core.somaxconn@net.core.somaxconn');
    assert.equal(hover('shell', '# run s‸s later'), undefined);
  });
});

describe('hover matcher: ini files and command-line flags', () => {
  it('matches ini keys, and common words only inside the sections that own them', () => {
    const ini = '[uwsgi]\nmodule = app.wsgi\nproces‸ses = 4\n';
    assert.equal(hover('ini', ini), 'processes@processes');
    assert.equal(hover('ini', '[uwsgi]\nharak‸iri = 30'), 'harakiri@harakiri');
    assert.equal(hover('ini', '[worker]\nproces‸ses = 4\n'), undefined);
    assert.equal(hover('ini', '[uwsgi]\n; proces‸ses = 4\n'), undefined);
    assert.equal(hover('ini', '[uwsgi]\nprocesses = $(proces‸ses)\n'), undefined);
    assert.equal(hover('ini', '[mysqld]\ninnodb_buffer_pool_si‸ze = 1G'), 'innodb_buffer_pool_size@innodb_buffer_pool_size');
    assert.equal(hover('ini', '[mysqld]\nserver_i‸d=2'), 'server-id@server_id');
    assert.equal(hover('ini', '[mysqld]\nskip-name-resolve\nserver-i‸d\n'), 'server-id@server-id');
    // A section restriction for my.cnf does not stop the same variable in SQL.
    assert.equal(hover('ini', '[client]\ninnodb_lock_wait_time‸out = 5'), undefined);
    assert.equal(hover('sql', 'SET SESSION innodb_lock_wait_time‸out = 5;'), 'innodb_lock_wait_timeout@innodb_lock_wait_timeout');
  });

  it('matches a flag only on the command line of its program', () => {
    assert.equal(hover('shell', 'gunicorn -w 4 --wor‸kers=8 app:app'), '--workers@--workers');
    assert.equal(hover('shell', '/usr/bin/gunicorn app:app -‸w 3'), '--workers@-w');
    assert.equal(hover('shell', 'make --wor‸kers 4'), undefined);
    assert.equal(hover('shell', 'gunicorn app:app && make --wor‸kers 4'), undefined);
    assert.equal(hover('shell', 'python manage.py migrate shop zero --fa‸ke'), '--fake@--fake');
    assert.equal(hover('shell', 'pip install --fa‸ke'), undefined);
    assert.equal(hover('shell', 'python3 manage.py mig‸rate shop zero --fake'), 'migrate@migrate');
    assert.equal(hover('shell', 'mig‸rate --all'), undefined);
  });

  it('matches a method called on a call result, in a file of its library', () => {
    const code = 'from django.db import models\nqs = Book.objects.filter(x=1).on‸ly("title")';
    assert.equal(hover('python', code), 'only@only');
    assert.equal(hover('python', 'from django.db import models\non‸ly = 3'), undefined);
  });

  it('an attribute term of a library is not the same name on a module the file imports from elsewhere', () => {
    assert.equal(hover('python', 'import os\nfrom django.db import models\nos.path.on‸ly'), undefined);
    assert.equal(hover('python', 'from django.db import models\nfrom django.db.models import query\nquery.on‸ly'), 'only@only');
  });

  it('matches a keyword argument of a library call', () => {
    assert.equal(hover('python', 'from celery import shared_task\nadd.apply_async((1, 2), count‸down=60)'), 'countdown@countdown');
    assert.equal(hover('python', 'from celery import shared_task\nadd.apply_async(\n    (1, 2),\n    count‸down=60,\n)'), 'countdown@countdown');
    assert.equal(hover('python', 'from celery import shared_task\ncount‸down = 60'), undefined);
    assert.equal(hover('python', 'import time\ntimer(count‸down=60)'), undefined);
  });

  it('matches a model option inside class Meta', () => {
    const model = 'from django.db import models\nclass Book(models.Model):\n    title = models.CharField()\n\n    class Meta:\n        # speed up lookups\n        inde‸xes = [models.Index(fields=["title"])]\n';
    assert.equal(hover('python', model), 'Meta.indexes@indexes');
    assert.equal(hover('python', 'from django.db import models\nclass Book(models.Model):\n    inde‸xes = []\n'), undefined);
    assert.equal(hover('python', 'from django.db import models\nclass Meta:\n    x = 1\ninde‸xes = []\n'), undefined);
  });

  it('matches an overridden hook and a settings assignment', () => {
    assert.equal(hover('python', 'from django.views import View\nclass V(View):\n    def dis‸patch(self, request):\n        return super().dispatch(request)'), 'dispatch@dispatch');
    assert.equal(hover('python', 'from django.views import View\nclass V(View):\n    def x(self):\n        return super().dis‸patch(request)'), 'dispatch@dispatch');
    assert.equal(hover('python', 'class Bus:\n    def dis‸patch(self, event): ...'), undefined);
    assert.equal(hover('python', 'MIDDLE‸WARE = [\n    "django.middleware.security.SecurityMiddleware",\n]'), 'MIDDLEWARE@MIDDLEWARE');
    assert.equal(hover('python', 'if MIDDLE‸WARE == x: pass'), undefined);
  });

  it('recognises my.cnf and uwsgi.ini, and lists flags in whole-file scans', () => {
    assert.equal(fileKind('plaintext', '/etc/mysql/my.cnf'), 'ini');
    assert.equal(fileKind('plaintext', 'deploy/uwsgi.ini'), 'ini');
    const found = scanDocument(index, analyze('gunicorn --workers 3 -w 2 app:app\n', 'shell')).map((f) => `${f.match.entry.term}×${f.count}`);
    assert.deepEqual(found, ['--workers×2']);
  });
});

describe('hover matcher: JavaScript, Dockerfiles and YAML', () => {
  it('matches the tokens terms declare for these languages, in code and strings but not comments', () => {
    assert.equal(hover('javascript', 'fetch(url, { headers: { "X-CSRF‸Token": getCookie("csrftoken") } })'), 'X-CSRFToken@X-CSRFToken');
    assert.equal(hover('javascript', 'const t = getCookie("csrf‸token");'), 'csrftoken@csrftoken');
    assert.equal(hover('javascript', '// read the csrf‸token cookie'), undefined);
    assert.equal(hover('javascript', 'const csrf‸tokens = 1;'), undefined);
    assert.equal(hover('dockerfile', 'ENV DJANGO_SETTINGS_MOD‸ULE=proj.settings'), 'DJANGO_SETTINGS_MODULE@DJANGO_SETTINGS_MODULE');
    assert.equal(hover('yaml', 'environment:\n  DJANGO_SETTINGS_MOD‸ULE: proj.settings'), 'DJANGO_SETTINGS_MODULE@DJANGO_SETTINGS_MODULE');
    // Terms that do not name the language stay out: INNODB_TRX is SQL only.
    assert.equal(hover('javascript', 'const INNODB_‸TRX = 1;'), undefined);
  });

  it('recognises the languages by VS Code id', () => {
    assert.equal(fileKind('typescriptreact', 'App.tsx'), 'javascript');
    assert.equal(fileKind('dockercompose', 'compose.yaml'), 'yaml');
  });
});

describe('a term several cards teach', () => {
  it('returns the other cards too', () => {
    const shared = new TermIndex([card('stack', [term('collections.deque', ['python'])]), card('structures', [term('collections.deque', ['python'])])]);
    const text = 'import collections\nq = collections.deque()';
    const match = termAt(shared, analyze(text, 'python'), text.indexOf('deque'));
    assert.deepEqual([match?.entry.cardId, ...(match?.others ?? []).map((e) => e.cardId)], ['stack', 'structures']);
  });
});

describe('file kinds and whole-file scans', () => {
  it('recognises config files by name', () => {
    assert.equal(fileKind('plaintext', '/etc/nginx/nginx.conf'), 'nginx');
    assert.equal(fileKind('plaintext', '/etc/nginx/conf.d/site.conf'), 'nginx');
    assert.equal(fileKind('properties', '/etc/redis/redis.conf'), 'redis');
    assert.equal(fileKind('cpp', 'a.cc'), 'c');
    assert.equal(fileKind('plaintext', 'notes.txt'), undefined);
  });

  it('lists each term of a file once, with its count', () => {
    const text = 'import select\nfrom django.db import models\nep = select.epoll()\nBook.objects.select_related("a").select_related("b")\n';
    const found = scanDocument(index, analyze(text, 'python')).map((f) => `${f.match.entry.term}×${f.count}`);
    assert.deepEqual(found, ['select×2', 'select.epoll×1', 'select_related×2']);
    assert.deepEqual(scanDocument(index, analyze('select = 1\nprint(select)\n', 'python')), []);
  });
});
