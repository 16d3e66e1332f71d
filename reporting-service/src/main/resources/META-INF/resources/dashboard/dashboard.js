/*
 * Reservoir dashboard: reads reporting's JSON API (coverage, structure, funnel, readiness, alerts) with the caller's
 * bearer token and draws it with ECharts. The page holds no data of its own; every figure comes from a call that
 * AccessFilter checks. The token arrives pasted or in the URL fragment (#token=…, which never reaches a server) and
 * is kept in sessionStorage, so it lives as long as this tab. Text from the API is set with textContent only.
 */
(function () {
    'use strict';

    var TOKEN_KEY = 'reservoir.dashboard.token';
    var LANG_KEY = 'reservoir.dashboard.lang';
    var STANDINGS = ['BELOW', 'WITHIN', 'ABOVE'];
    var PALETTE = ['#8b1a1a', '#d9822b', '#2b6cb0', '#2f855a', '#805ad5', '#b7791f', '#718096', '#c05621', '#319795'];
    var STRUCTURE_CHARTS = [
        {dimension: 'byAgeBand', type: 'AgeBand', kind: 'bar'},
        {dimension: 'byEducation', type: 'EducationLevel', kind: 'bar'},
        {dimension: 'byGender', type: 'Gender', kind: 'pie'},
        {dimension: 'bySourceGroup', type: 'SourceGroup', kind: 'pie'},
        {dimension: 'byPoliticalStatus', type: 'PoliticalStatus', kind: 'pie'},
        {dimension: 'byTrack', type: 'Track', kind: 'pie'}
    ];

    var labels = null;
    var lang = sessionStorage.getItem(LANG_KEY) === 'en' ? 1 : 0;
    var trail = []; // regions drilled into below the caller's own: [{code, name}]
    var last = null;
    var rootName = '';
    var charts = {};

    function Refused(key) {
        this.key = key;
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function ui(key) {
        return labels.ui[key] ? labels.ui[key][lang] : key;
    }

    function label(type, code) {
        var entry = (labels[type] || {})[code] || labels.Other[code];
        return entry ? entry[lang] : code;
    }

    function el(tag, text, className) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    function token() {
        return sessionStorage.getItem(TOKEN_KEY);
    }

    /** A token in the fragment is taken once and removed from the address bar and the history. */
    function takeTokenFromFragment() {
        var match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
        if (match) {
            sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
            history.replaceState(null, '', location.pathname + location.search);
        }
    }

    function message(key) {
        var node = byId('message');
        node.hidden = !key;
        node.textContent = key ? ui(key) : '';
    }

    function askForToken(key) {
        byId('token-form').hidden = false;
        byId('board').hidden = true;
        message(key);
    }

    function get(path, params) {
        var url = new URL('../api/v1/' + path, location.href);
        Object.keys(params).forEach(function (name) {
            if (params[name] !== null && params[name] !== undefined) {
                url.searchParams.set(name, params[name]);
            }
        });
        return fetch(url, {
            headers: {'Authorization': 'Bearer ' + token(), 'Accept': 'application/json', 'Accept-Language': lang ? 'en' : 'zh-CN'},
            credentials: 'omit',
            cache: 'no-store'
        }).then(function (response) {
            if (response.status === 401) {
                throw new Refused('tokenRefused');
            }
            if (response.status === 403) {
                throw new Refused('forbidden');
            }
            if (!response.ok) {
                throw new Refused('failed');
            }
            return response.json();
        });
    }

    function load() {
        if (!token()) {
            askForToken(null);
            return;
        }
        var region = trail.length ? trail[trail.length - 1].code : null;
        message('loading');
        Promise.all([
            // The coverage map draws a tile per village: up to 2,000 (the API's largest page); a larger county drills down.
            get('reports/coverage', {region: region, size: 2000}),
            get('reports/structure', {region: region}),
            get('reports/funnel', {region: region}),
            get('reports/readiness', {region: region, size: 1}),
            get('alerts', {region: region, state: 'OPEN', size: 100})
        ]).then(function (answers) {
            last = {coverage: answers[0], structure: answers[1], funnel: answers[2], readiness: answers[3], alerts: answers[4]};
            byId('token-form').hidden = true;
            byId('board').hidden = false;
            message(null);
            render();
        }).catch(function (e) {
            if (e instanceof Refused && e.key === 'tokenRefused') {
                sessionStorage.removeItem(TOKEN_KEY);
                askForToken('tokenRefused');
            } else if (e instanceof Refused && e.key === 'forbidden') {
                askForToken('forbidden');
            } else {
                message('failed');
            }
        });
    }

    function drill(code, name) {
        trail.push({code: code, name: name});
        load();
    }

    function applyUi() {
        document.documentElement.lang = lang ? 'en' : 'zh-CN';
        document.title = ui('title') + ' · Reservoir';
        Array.prototype.forEach.call(document.querySelectorAll('[data-ui]'), function (node) {
            node.textContent = ui(node.getAttribute('data-ui'));
        });
    }

    function render() {
        applyUi();
        renderCrumbs();
        renderCards();
        renderCoverage();
        renderStructure();
        renderFunnel();
        renderAlerts();
    }

    /** The caller's own region (as the first answer named it), then each region drilled into; every step but the last links back. */
    function renderCrumbs() {
        var nav = clear(byId('crumbs'));
        var scope = last.coverage.scope;
        if (!trail.length) {
            rootName = scope.name;
        }
        var steps = [rootName].concat(trail.map(function (step) {
            return step.name;
        }));
        steps.forEach(function (name, depth) {
            if (depth > 0) {
                nav.appendChild(el('span', '›', 'sep'));
            }
            if (depth < steps.length - 1) {
                var link = el('a', name);
                link.addEventListener('click', function () {
                    trail = trail.slice(0, depth);
                    load();
                });
                nav.appendChild(link);
            } else {
                nav.appendChild(el('span', name + ' (' + label('RegionLevel', scope.level) + ')'));
            }
        });
        byId('up').hidden = !trail.length;
    }

    function percent(share) {
        return share === null || share === undefined ? '–' : (Number(share) * 100).toFixed(1) + '%';
    }

    function renderCards() {
        var s = last.structure.figures;
        var c = last.coverage.figures.total;
        var r = last.readiness.figures;
        var cards = [
            [ui('reserves'), s.reserves],
            [ui('averageAge'), s.averageAge === null ? '–' : s.averageAge],
            [ui('collegeShare'), percent(s.collegeOrAboveShare)],
            [ui('villagesBelow'), c.villagesBelowTarget + ' / ' + c.villages],
            [ui('villagesReady'), r.villagesReady + ' / ' + r.villages],
            [ui('openAlerts'), last.alerts.total]
        ];
        var box = clear(byId('cards'));
        cards.forEach(function (card) {
            var node = el('div', null, 'card');
            node.appendChild(el('div', card[1], 'value'));
            node.appendChild(el('div', card[0], 'label'));
            box.appendChild(node);
        });
    }

    function targetText(min, max) {
        return max === null || max === undefined ? '≥ ' + min : min + '–' + max;
    }

    function row(cells, header) {
        var tr = el('tr');
        cells.forEach(function (cell) {
            var td = el(header ? 'th' : 'td', cell.text !== undefined ? cell.text : cell, cell.className);
            tr.appendChild(td);
        });
        return tr;
    }

    /** A row of one note across the whole table. */
    function note(text, columns) {
        var tr = el('tr');
        var td = el('td', text, 'empty');
        td.colSpan = columns;
        tr.appendChild(td);
        return tr;
    }

    function num(value) {
        return {text: value, className: 'num'};
    }

    function renderCoverage() {
        var coverage = last.coverage;
        var f = coverage.figures;
        byId('target').textContent = ui('target') + ' ' + targetText(coverage.target.min, coverage.target.max);
        var legend = clear(byId('legend'));
        STANDINGS.forEach(function (standing) {
            legend.appendChild(el('span', label('Standing', standing), 'tile ' + standing));
        });

        var county = coverage.scope.level === 'COUNTY';
        var townships = clear(byId('townships'));
        townships.hidden = !county;
        byId('villages').hidden = false;
        var villages = clear(byId('villages'));
        if (county) {
            townships.appendChild(row([ui('township'), ui('villages'), ui('reserves'), ui('fullTime'), ui('partTime'),
                label('Standing', 'BELOW'), label('Standing', 'WITHIN'), label('Standing', 'ABOVE')], true));
            f.townships.forEach(function (t) {
                var tr = row([t.name, num(t.villages), num(t.reserves), num(t.fullTime), num(t.partTime),
                    num(t.villagesBelowTarget), num(t.villagesWithinTarget), num(t.villagesAboveTarget)]);
                tr.className = 'drill';
                tr.addEventListener('click', function () {
                    drill(t.code, t.name);
                });
                townships.appendChild(tr);
            });
            // The coverage map: one line per township, a coloured tile per village.
            villages.appendChild(row([ui('township'), ui('village') + ' — ' + ui('reserves') + ' / ' + ui('target')], true));
            f.townships.forEach(function (t) {
                var tr = el('tr', null, 'drill');
                tr.appendChild(el('td', t.name));
                var tiles = el('td', null, 'tiles');
                f.villages.filter(function (v) {
                    return v.townshipCode === t.code;
                }).forEach(function (v) {
                    tiles.appendChild(el('span', v.name + ' ' + v.reserves + '/' + targetText(v.targetMin, v.targetMax), 'tile ' + v.standing));
                });
                tr.appendChild(tiles);
                tr.addEventListener('click', function () {
                    drill(t.code, t.name);
                });
                villages.appendChild(tr);
            });
        } else {
            villages.appendChild(row([ui('village'), ui('reserves'), ui('fullTime'), ui('partTime'), ui('target'), ui('standing')], true));
            f.villages.forEach(function (v) {
                var tr = row([v.name, num(v.reserves), num(v.fullTime), num(v.partTime), targetText(v.targetMin, v.targetMax),
                    label('Standing', v.standing)]);
                tr.className = v.standing;
                villages.appendChild(tr);
            });
        }
        if (!f.villages.length) {
            villages.appendChild(note(ui('noData'), 6));
        }
    }

    function chart(id) {
        if (!charts[id]) {
            charts[id] = echarts.init(byId(id), null, {renderer: 'canvas'});
        }
        return charts[id];
    }

    /** The codes of a dimension in the labels' order, then any the labels do not know (as the API names them). */
    function ordered(type, counts) {
        var known = Object.keys(labels[type] || {});
        var codes = known.filter(function (code) {
            return counts[code];
        });
        Object.keys(counts).forEach(function (code) {
            if (known.indexOf(code) < 0 && counts[code]) {
                codes.push(code);
            }
        });
        return codes;
    }

    function base(title) {
        return {
            animation: false,
            color: PALETTE,
            title: {text: title, left: 'center', textStyle: {fontSize: 14}},
            tooltip: {renderMode: 'richText'}
        };
    }

    /** Nothing counted yet: the title and a note, no empty axes or grey rings. */
    function emptyOption(title) {
        var option = base(title);
        option.graphic = {type: 'text', left: 'center', top: 'middle', style: {text: ui('noData'), fill: '#9aa5b1', fontSize: 14}};
        return option;
    }

    function barOption(title, names, values, horizontal) {
        if (!values.some(function (v) {
            return v > 0;
        })) {
            return emptyOption(title);
        }
        var option = base(title);
        var categories = {type: 'category', data: names, axisLabel: {interval: 0, fontSize: 11}};
        var amounts = {type: 'value', minInterval: 1};
        option.grid = {left: horizontal ? 110 : 40, right: 30, top: 50, bottom: 40};
        option.xAxis = horizontal ? amounts : categories;
        option.yAxis = horizontal ? Object.assign(categories, {inverse: true}) : amounts;
        option.series = [{type: 'bar', data: values, label: {show: true, position: horizontal ? 'right' : 'top'}, barMaxWidth: 36}];
        return option;
    }

    function pieOption(title, entries) {
        if (!entries.length) {
            return emptyOption(title);
        }
        var option = base(title);
        option.legend = {bottom: 0, type: 'scroll'};
        option.series = [{type: 'pie', radius: ['35%', '62%'], center: ['50%', '52%'], data: entries,
            label: {formatter: '{b}: {c}'}}];
        return option;
    }

    function renderStructure() {
        var figures = last.structure.figures;
        STRUCTURE_CHARTS.forEach(function (spec) {
            var counts = figures[spec.dimension] || {};
            var title = ui(spec.dimension);
            var option;
            if (spec.kind === 'bar') {
                var codes = spec.type === 'AgeBand' ? Object.keys(labels.AgeBand) : ordered(spec.type, counts);
                option = barOption(title, codes.map(function (code) {
                    return label(spec.type, code);
                }), codes.map(function (code) {
                    return counts[code] || 0;
                }), false);
            } else {
                option = pieOption(title, ordered(spec.type, counts).map(function (code) {
                    return {name: label(spec.type, code), value: counts[code]};
                }));
            }
            chart('chart-' + spec.dimension).setOption(option, true);
        });
    }

    function renderFunnel() {
        var f = last.funnel.figures;
        var stages = Object.keys(labels.FunnelStage);
        chart('chart-funnel').setOption(barOption(ui('reached') + ' (' + ui('candidates') + ' ' + f.candidates + ')',
            stages.map(function (s) {
                return label('FunnelStage', s);
            }), stages.map(function (s) {
                return f.reached[s] || 0;
            }), true), true);
        var reasons = Object.keys(labels.DropOut);
        chart('chart-dropouts').setOption(barOption(ui('dropOuts'), reasons.map(function (r) {
            return label('DropOut', r);
        }), reasons.map(function (r) {
            return f.dropOuts[r] || 0;
        }), true), true);
    }

    function renderAlerts() {
        var table = clear(byId('alerts'));
        var names = {};
        last.coverage.figures.villages.forEach(function (v) {
            names[v.code] = v.name;
        });
        table.appendChild(row([ui('kind'), ui('village'), ui('raisedAt'), ui('details')], true));
        last.alerts.items.forEach(function (a) {
            var details = Object.keys(a.details || {}).map(function (k) {
                return k + ': ' + a.details[k];
            }).join(', ');
            table.appendChild(row([label('AlertKind', a.kind), names[a.villageCode] || a.villageCode || '–',
                a.raisedAt ? new Date(a.raisedAt).toLocaleString(lang ? 'en-GB' : 'zh-CN') : '–', details]));
        });
        if (!last.alerts.items.length) {
            table.appendChild(note(ui('noAlerts'), 4));
        }
    }

    function start() {
        takeTokenFromFragment();
        byId('token-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var pasted = byId('token').value.trim().replace(/^Bearer\s+/i, '');
            byId('token').value = '';
            if (pasted) {
                sessionStorage.setItem(TOKEN_KEY, pasted);
                trail = [];
                load();
            }
        });
        byId('forget').addEventListener('click', function () {
            sessionStorage.removeItem(TOKEN_KEY);
            last = null;
            trail = [];
            askForToken(null);
        });
        byId('up').addEventListener('click', function () {
            trail.pop();
            load();
        });
        byId('lang').addEventListener('click', function () {
            lang = 1 - lang;
            sessionStorage.setItem(LANG_KEY, lang ? 'en' : 'zh');
            applyUi();
            if (last) {
                render();
            }
        });
        window.addEventListener('resize', function () {
            Object.keys(charts).forEach(function (id) {
                charts[id].resize();
            });
        });
        fetch('labels.json', {credentials: 'omit'}).then(function (response) {
            return response.json();
        }).then(function (loaded) {
            labels = loaded;
            applyUi();
            load();
        });
    }

    document.addEventListener('DOMContentLoaded', start);
}());
